package io.pactum.competency.web;

import io.pactum.chassis.security.Caller;
import io.pactum.competency.application.Frameworks;
import io.pactum.competency.domain.CompetencyFramework;
import io.pactum.competency.domain.FrameworkDraft;
import io.pactum.competency.domain.FrameworkNode;
import io.pactum.competency.domain.NodeType;
import io.pactum.competency.domain.ProficiencyLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.nio.charset.StandardCharsets;

/** Competency frameworks over HTTP: every signed-in user reads them, L&D admins publish versions. */
@RestController
@RequestMapping("/api/frameworks")
@Validated
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    record LevelRequest(@NotNull Integer level, @NotBlank String name, List<String> indicators, String identifier) {
    }

    record NodeRequest(@NotBlank String id, @NotNull NodeType type, String parentId, @NotBlank String name,
                       String description, String identifier) {
    }

    record FrameworkRequest(@NotBlank String id, @NotBlank String title, String description, String identifier,
                            @NotEmpty List<@Valid LevelRequest> scale, @NotEmpty List<@Valid NodeRequest> nodes) {

        FrameworkDraft draft() {
            return new FrameworkDraft(id, title, blankToNull(description), blankToNull(identifier),
                    scale.stream().map(l -> new ProficiencyLevel(l.level(), l.name(), l.indicators(), blankToNull(l.identifier()))).toList(),
                    nodes.stream().map(n -> new FrameworkNode(n.id(), n.type(), blankToNull(n.parentId()), n.name(),
                            blankToNull(n.description()), blankToNull(n.identifier()))).toList());
        }
    }

    record FrameworkView(String id, int version, String title, String description, String identifier,
                         List<ProficiencyLevel> scale, List<FrameworkNode> nodes, String publishedBy, Instant publishedAt) {

        static FrameworkView of(CompetencyFramework f) {
            FrameworkDraft c = f.content();
            return new FrameworkView(c.id(), f.version(), c.title(), c.description(), c.identifier(), c.scale(), c.nodes(),
                    f.publishedBy(), f.publishedAt());
        }
    }

    record FrameworkSummary(String id, int version, String title, int levels, long competencies, long skills) {

        static FrameworkSummary of(CompetencyFramework f) {
            return new FrameworkSummary(f.id(), f.version(), f.content().title(), f.highestLevel(),
                    f.content().nodes().stream().filter(n -> n.type() == NodeType.COMPETENCY).count(),
                    f.content().nodes().stream().filter(n -> n.type() == NodeType.SKILL).count());
        }
    }

    /** Named apart from the role profiles' list, so that the OpenAPI document keeps the two schemas apart. */
    record FrameworkList(List<FrameworkSummary> items) {
    }

    @GetMapping
    FrameworkList list(Caller caller) {
        return new FrameworkList(frameworks.list().stream().map(FrameworkSummary::of).toList());
    }

    @GetMapping("/{id}")
    FrameworkView get(@PathVariable String id, @RequestParam(required = false) @Min(1) Integer version, Caller caller) {
        return FrameworkView.of(frameworks.get(id, version));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FrameworkView> publish(@Valid @RequestBody FrameworkRequest request, Caller caller) {
        return answer(frameworks.publish(caller, request.draft()));
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    ResponseEntity<FrameworkView> importCsv(@RequestBody String csv, Caller caller) {
        return answer(frameworks.importCsv(caller, csv));
    }

    /** A 1EdTech CASE 1.1 package; {@code frameworkId} overrides the id taken from the document. */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FrameworkView> importCase(@RequestBody String json,
                                             @RequestParam(required = false) String frameworkId, Caller caller) {
        return answer(frameworks.importCase(caller, json, frameworkId));
    }

    @GetMapping("/{id}/export")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "case") @Pattern(regexp = "csv|case") String format,
                                  @RequestParam(required = false) @Min(1) Integer version, Caller caller) {
        boolean csv = format.equals("csv");
        String body = frameworks.export(id, version, csv ? Frameworks.Format.CSV : Frameworks.Format.CASE);
        return ResponseEntity.ok().contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.APPLICATION_JSON).body(body);
    }

    /** 201 with the new version, or 200 with the latest one when the content was published already. */
    private static ResponseEntity<FrameworkView> answer(Frameworks.Published published) {
        FrameworkView view = FrameworkView.of(published.framework());
        if (!published.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/frameworks/" + view.id() + "?version=" + view.version())).body(view);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
