package io.pactum.competency.web;

import io.pactum.chassis.web.ApiMoney;
import io.pactum.competency.domain.GapAnalysis;
import io.pactum.competency.domain.TemplateMatching;
import java.util.List;

/** An employee's gaps against a role, with money as decimal strings. */
record GapsView(String employeeId, String jobRole, int roleRevision, int totalWeightedGap, List<GapView> items) {

    static GapsView of(GapAnalysis analysis) {
        return new GapsView(analysis.employeeId(), analysis.jobRole(), analysis.roleRevision(), analysis.totalWeightedGap(),
                analysis.gaps().stream().map(GapView::of).toList());
    }

    /** @param suggestion null when the employee meets the requirement */
    record GapView(String competencyId, String name, int required, int current, int gap, int priority, int weightedGap,
                   SuggestionView suggestion) {

        static GapView of(GapAnalysis.Gap g) {
            return new GapView(g.competencyId(), g.name(), g.required(), g.current(), g.gap(), g.priority(), g.weightedGap(),
                    g.suggestion() == null ? null : SuggestionView.of(g.suggestion()));
        }
    }

    /** A contract objective that closes the gap, and the published templates to start that contract from, best first. */
    record SuggestionView(String competencyId, int targetLevel, String description, List<TemplateView> templates) {

        static SuggestionView of(GapAnalysis.SuggestedObjective s) {
            return new SuggestionView(s.competencyId(), s.targetLevel(), s.description(),
                    s.templates().stream().map(TemplateView::of).toList());
        }
    }

    /**
     * @param targetLevel      the level the template aims at in the gap's competency
     * @param closesGap        whether that reaches the required level (else it narrows the gap)
     * @param totalPlannedCost the sum of its activities' planned costs; null when they are in different currencies
     */
    record TemplateView(String templateId, String title, String businessUnit, int targetLevel, boolean closesGap,
                        ApiMoney totalPlannedCost) {

        static TemplateView of(TemplateMatching.SuggestedTemplate t) {
            return new TemplateView(t.templateId(), t.title(), t.businessUnit(), t.targetLevel(), t.closesGap(),
                    t.totalPlannedCost() == null ? null : ApiMoney.of(t.totalPlannedCost()));
        }
    }
}
