package io.pactum.competency.web;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.competency.application.Directory;
import io.pactum.competency.application.EmployeeStore;
import io.pactum.competency.domain.Employee;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The workforce directory over HTTP. */
@RestController
@RequestMapping("/api/employees")
@Validated
class EmployeeController {

    private final Directory directory;

    EmployeeController(Directory directory) {
        this.directory = directory;
    }

    record EmployeeRequest(@NotBlank String id, @NotBlank String name, @NotBlank String email, @NotBlank String locale,
                           @NotBlank String timeZone, @NotBlank String businessUnit, @NotBlank String jobRole,
                           String managerId, Boolean active) {

        Employee employee() {
            return new Employee(id, name, email, locale, timeZone, businessUnit, jobRole,
                    managerId == null || managerId.isBlank() ? null : managerId, active == null || active);
        }
    }

    record PageView(List<Employee> items, int page, int size, long total) {
    }

    @GetMapping
    PageView list(@RequestParam(required = false) String businessUnit,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, Caller caller) {
        EmployeeStore.Page found = directory.list(caller, businessUnit, page, size);
        return new PageView(found.items(), page, size, found.total());
    }

    @GetMapping("/{id}")
    Employee get(@PathVariable String id, Caller caller) {
        return directory.get(caller, id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Employee> create(@Valid @RequestBody EmployeeRequest request, Caller caller) {
        Employee created = directory.create(caller, request.employee());
        return ResponseEntity.created(URI.create("/api/employees/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Employee put(@PathVariable String id, @Valid @RequestBody EmployeeRequest request, Caller caller) {
        if (!id.equals(request.id())) {
            throw new InvalidFieldException("id", "must match the path");
        }
        return directory.put(caller, request.employee());
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    Directory.ImportReport importCsv(@RequestBody String csv, Caller caller) {
        return directory.importCsv(caller, csv);
    }

    /** The same CSV as a form upload ({@code curl -F file=@people.csv}); a form without the file names the field. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Directory.ImportReport importFile(@RequestPart(name = "file", required = false) MultipartFile file, Caller caller)
            throws IOException {
        if (file == null) {
            throw new InvalidFieldException("file", "must be the CSV file, as the form part named file");
        }
        return directory.importCsv(caller, new String(file.getBytes(), StandardCharsets.UTF_8));
    }
}
