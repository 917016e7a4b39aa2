// Small DOM builders: elements, accessible tables, bar charts drawn with CSS (no chart library, no inline
// style attributes — widths are set through the CSSOM, which the Content-Security-Policy allows).

import { FORMATS } from './format.js';

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === false || value === null || value === undefined) {
      return;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function cellText(column, item) {
  const value = typeof column.value === 'function' ? column.value(item) : item[column.key];
  return FORMATS[column.format || 'text'](value);
}

function isNumeric(column) {
  return ['money', 'percent', 'integer', 'decimal'].includes(column.format);
}

function cellClass(column, item) {
  const classes = [];
  if (isNumeric(column)) {
    classes.push('num');
  }
  if (column.heat) {
    classes.push(`heat heat-${column.heat(item)}`);
  }
  return classes.join(' ') || null;
}

/**
 * A table with a caption, column headers and the first column as row headers; `total` (optional) becomes
 * the footer row. Rows carry data-row so a test (or a user's tool) can count them.
 */
export function table({ caption, columns, items, total }) {
  const head = el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: isNumeric(c) ? 'num' : null }, c.label))));
  const rows = items.length
    ? items.map((item) => el('tr', { 'data-row': '' }, columns.map((c, i) => (i === 0
      ? el('th', { scope: 'row', class: cellClass(c, item) }, cellText(c, item))
      : el('td', { class: cellClass(c, item) }, cellText(c, item))))))
    : [el('tr', {}, el('td', { colspan: columns.length, class: 'empty' }, 'Nothing for this selection.'))];
  const foot = total
    ? el('tfoot', {}, el('tr', {}, columns.map((c, i) => (i === 0
      ? el('th', { scope: 'row' }, 'Total')
      : el('td', { class: cellClass({ ...c, heat: null }, total) }, c.key in total || c.value ? cellText(c, total) : '')))))
    : null;
  return el('table', {}, el('caption', {}, caption), head, el('tbody', {}, rows), foot);
}

/**
 * Horizontal bars, one row per item with one or more segments. The picture repeats the table beside it,
 * so it is hidden from assistive technology; the legend names the colours in text.
 * rows: [{ label, segments: [{ value, series }], note }], series: [{ id, label }]
 */
export function barChart({ rows, series, stacked = false }) {
  const totals = rows.map((row) => (stacked
    ? row.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0)
    : Math.max(0, ...row.segments.map((s) => s.value))));
  const max = Math.max(0, ...totals);
  const legend = series.length > 1
    ? el('ul', { class: 'legend' }, series.map((s) => el('li', {}, el('span', { class: `swatch ${s.id}` }), s.label)))
    : null;
  const body = rows.map((row) => {
    const track = el('div', { class: `track${stacked ? ' stacked' : ''}` });
    row.segments.forEach((segment) => {
      const bar = el('span', { class: `bar ${segment.series}` });
      bar.style.width = `${max > 0 ? (Math.max(0, segment.value) / max) * 100 : 0}%`;
      track.append(bar);
    });
    return el('div', { class: 'bar-row' }, el('span', { class: 'bar-label' }, row.label), track,
      el('span', { class: 'bar-note' }, row.note || ''));
  });
  return el('div', { class: 'chart', 'aria-hidden': 'true' }, legend,
    body.length ? body : el('p', { class: 'empty' }, 'Nothing to draw.'));
}
