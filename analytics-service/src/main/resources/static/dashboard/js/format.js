// How numbers read on the page. Money arrives as decimal strings with a currency and is shown, never summed.

const LOCALE = 'en';
const integers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimals = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const moneyFormats = new Map();

export const NONE = '—';

export function money(value) {
  if (!value || value.amount === undefined || value.amount === null) {
    return NONE;
  }
  if (!moneyFormats.has(value.currency)) {
    moneyFormats.set(value.currency, new Intl.NumberFormat(LOCALE, {
      style: 'currency', currency: value.currency, minimumFractionDigits: 2, maximumFractionDigits: 2,
    }));
  }
  // format the decimal string as is: no rounding through a binary double for amounts of any size
  return moneyFormats.get(value.currency).format(value.amount);
}

/** For bar lengths only (a picture, not arithmetic). */
export function moneyNumber(value) {
  return value && value.amount !== undefined && value.amount !== null ? Number(value.amount) : 0;
}

export function percent(value) {
  return value === null || value === undefined ? NONE : `${Number(value).toFixed(1)} %`;
}

export function integer(value) {
  return value === null || value === undefined ? NONE : integers.format(value);
}

export function decimal(value) {
  return value === null || value === undefined ? NONE : decimals.format(value);
}

export function text(value) {
  if (value === null || value === undefined || value === '') {
    return NONE;
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function date(value) {
  return value ? String(value).slice(0, 10) : NONE;
}

export function dateTime(value) {
  return value ? new Date(value).toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'medium' }) : NONE;
}

export function kirkpatrick(levels) {
  if (!levels) {
    return NONE;
  }
  const names = [['reaction', 'Reaction'], ['learning', 'Learning'], ['behaviour', 'Behaviour'], ['results', 'Results']];
  const met = names.filter(([key]) => levels[key]).map(([, name]) => name);
  return met.length ? met.join(', ') : NONE;
}

export const FORMATS = { money, percent, integer, decimal, text, date, kirkpatrick };
