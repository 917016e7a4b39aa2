package io.pactum.competency.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.competency.domain.CompetencyCatalogue;
import io.pactum.competency.domain.CompetencyFramework;
import io.pactum.competency.domain.FrameworkDraft;
import io.pactum.competency.domain.RuleViolation;
import io.pactum.competency.interchange.CaseJson;
import io.pactum.competency.interchange.FrameworkCsv;
import io.pactum.competency.interchange.ImportedFramework;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Competency frameworks: publishing a version (from JSON, CSV or CASE), reading and exporting them. A bad
 * framework is refused whole, each problem named by its field, line or CASE element; nothing is stored.
 */
@Service
public class Frameworks {

    private final FrameworkStore store;
    private final Clock clock;

    public Frameworks(FrameworkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<CompetencyFramework> list() {
        return store.latestOfAll();
    }

    /** @param version null for the latest version */
    public CompetencyFramework get(String id, Integer version) {
        Optional<CompetencyFramework> found = version == null ? store.latest(id) : store.version(id, version);
        return found.orElseThrow(() -> new NotFoundException("framework " + id + (version == null ? "" : " version " + version)
                + " not found"));
    }

    public CompetencyCatalogue catalogue() {
        return new CompetencyCatalogue(store.latestOfAll());
    }

    public Published publish(Caller caller, FrameworkDraft draft) {
        return publish(caller, new ImportedFramework(draft, List.of(), Map.of()));
    }

    public Published importCsv(Caller caller, String csv) {
        return publish(caller, FrameworkCsv.parse(csv));
    }

    /** @param frameworkId the id to give it, or null to take it from the CASE document */
    public Published importCase(Caller caller, String json, String frameworkId) {
        return publish(caller, CaseJson.parse(json, frameworkId));
    }

    public String export(String id, Integer version, Format format) {
        CompetencyFramework framework = get(id, version);
        return format == Format.CSV ? FrameworkCsv.write(framework) : CaseJson.write(framework);
    }

    public enum Format { CSV, CASE }

    /** @param created false when the latest version had this content already, so none was published */
    public record Published(CompetencyFramework framework, boolean created) {
    }

    private Published publish(Caller caller, ImportedFramework imported) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("only an L&D admin publishes frameworks");
        }
        List<RuleViolation> problems = new ArrayList<>(imported.problems());
        FrameworkDraft draft = imported.draft();
        if (draft != null) {
            UnaryOperator<RuleViolation> locate = imported::located;
            draft.violations().stream().map(locate).forEach(problems::add);
            catalogue().clashesWith(draft).stream().map(locate).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems.stream()
                    .map(p -> new InvalidFieldException.FieldError(p.field(), p.message())).toList());
        }
        Optional<CompetencyFramework> latest = store.latest(draft.id());
        Optional<CompetencyFramework> next = draft.publishAfter(latest, caller.id(), clock.instant());
        if (next.isEmpty()) {
            return new Published(latest.orElseThrow(), false);
        }
        if (!store.insert(next.get())) {
            throw new ConflictException("framework " + draft.id() + " version " + next.get().version()
                    + " was published meanwhile; retry");
        }
        return new Published(next.get(), true);
    }
}
