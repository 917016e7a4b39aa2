package io.pactum.competency.web;

import io.pactum.chassis.security.Caller;
import io.pactum.competency.application.CompetencyProfiles;
import io.pactum.competency.application.GapAnalyses;
import io.pactum.competency.domain.CompetencyProfile;
import io.pactum.competency.domain.GapHeatmap;
import io.pactum.competency.domain.Rating;
import io.pactum.competency.domain.RatingSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employees' competency profiles, ratings and gaps, and a business unit's gap heatmap. */
@RestController
class CompetencyProfileController {

    private final CompetencyProfiles profiles;
    private final GapAnalyses gaps;

    CompetencyProfileController(CompetencyProfiles profiles, GapAnalyses gaps) {
        this.profiles = profiles;
        this.gaps = gaps;
    }

    record RatingRequest(@NotNull Integer level, @NotNull RatingSource source, @Size(max = 500) String reference) {
    }

    record CompetencyLevelView(String competencyId, int level, RatingSource source, String ratedBy, Instant ratedAt,
                               boolean stale, String reference) {

        static CompetencyLevelView of(CompetencyProfile.CurrentLevel current) {
            Rating r = current.rating();
            return new CompetencyLevelView(r.competencyId(), r.level(), r.source(), r.ratedBy(), r.ratedAt(), current.stale(),
                    r.reference());
        }
    }

    record ProfileView(String employeeId, List<CompetencyLevelView> items) {
    }

    record HistoryView(String employeeId, String competencyId, List<Rating> items) {
    }

    @GetMapping("/api/employees/{id}/competencies")
    ProfileView competencies(@PathVariable String id, Caller caller) {
        return new ProfileView(id, profiles.current(caller, id).stream().map(CompetencyLevelView::of).toList());
    }

    @GetMapping("/api/employees/{id}/competencies/{competencyId}/ratings")
    HistoryView ratings(@PathVariable String id, @PathVariable String competencyId, Caller caller) {
        return new HistoryView(id, competencyId, profiles.history(caller, id, competencyId));
    }

    @PostMapping("/api/employees/{id}/competencies/{competencyId}/ratings")
    ResponseEntity<CompetencyLevelView> rate(@PathVariable String id, @PathVariable String competencyId,
                                             @Valid @RequestBody RatingRequest request, Caller caller) {
        CompetencyProfile.CurrentLevel rated = profiles.rate(caller, id, competencyId, request.level(), request.source(),
                request.reference());
        return ResponseEntity.created(URI.create("/api/employees/" + id + "/competencies/" + competencyId + "/ratings"))
                .body(CompetencyLevelView.of(rated));
    }

    @GetMapping("/api/employees/{id}/gaps")
    GapsView gaps(@PathVariable String id, @RequestParam(required = false) String targetRole, Caller caller) {
        return GapsView.of(gaps.gaps(caller, id, targetRole));
    }

    @GetMapping("/api/business-units/{businessUnit}/gap-heatmap")
    GapHeatmap heatmap(@PathVariable String businessUnit, Caller caller) {
        return gaps.heatmap(caller, businessUnit);
    }
}
