package org.consortia.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consortia.finance.StatementDecisionInput;
import org.consortia.finance.StatementInput;
import org.consortia.finance.StatementService;
import org.consortia.project.ProjectService;
import org.consortia.security.Account;
import org.consortia.security.Identity;
import org.consortia.security.People;
import org.consortia.security.Standing;
import org.consortia.timesheet.TimesheetInput;
import org.consortia.timesheet.TimesheetService;

/**
 * The demo's money in use ({@code demo/foresee-finances.yaml}, illustrative figures): NEXEM staff's timesheets, signed
 * and countersigned as their people would, and beneficiaries' financial statements, through the same services and
 * checks as the API.
 */
@ApplicationScoped
class DemoFinances {

    private static final Standing PLATFORM = new Standing(Standing.Level.ADMIN, Set.of());

    private final People people;
    private final TimesheetService timesheets;
    private final StatementService statements;
    private final ProjectService projects;
    private final YAMLMapper yaml;

    DemoFinances(People people, TimesheetService timesheets, StatementService statements, ProjectService projects) {
        this.people = people;
        this.timesheets = timesheets;
        this.statements = statements;
        this.projects = projects;
        this.yaml = YAMLMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** What {@code demo/foresee-finances.yaml} holds. */
    record Document(List<Staff> staff, List<Sheet> timesheets, List<Statement> statements) {}

    record Staff(
            String subject,
            String username,
            String name,
            String email,
            List<String> organisations,
            List<String> roles) {

        Identity identity() {
            return new Identity(username, Set.copyOf(organisations), Set.copyOf(roles));
        }
    }

    record Sheet(String person, YearMonth month, String closedBy, List<TimesheetInput.Entry> entries) {}

    record Statement(
            String project,
            int period,
            String beneficiary,
            Map<String, BigDecimal> costs,
            Map<String, String> justifications,
            List<StatementInput.Effort> effort,
            String explanation,
            String submittedBy,
            String acceptedBy) {}

    /**
     * Loads {@code resource}, in one transaction, if every project it names was imported on this start ({@code
     * imported}, acronyms): on a database that already held them, what it would add is there (or was changed) already.
     * Returns whether it loaded.
     */
    @Transactional
    boolean load(String resource, Set<String> imported) {
        Document document = read(resource);
        Set<String> named = new HashSet<>();
        document.timesheets().forEach(sheet -> sheet.entries().forEach(entry -> named.add(entry.project())));
        document.statements().forEach(statement -> named.add(statement.project()));
        if (!imported.containsAll(named)) {
            return false;
        }
        Map<String, Identity> staff = new HashMap<>();
        for (Staff member : document.staff()) {
            people.known(new Account(
                    member.subject(),
                    member.username(),
                    true,
                    member.name(),
                    member.email(),
                    Set.copyOf(member.organisations()),
                    Set.copyOf(member.roles())));
            staff.put(member.username(), member.identity());
        }
        for (Sheet sheet : document.timesheets()) {
            Identity person = staff.get(sheet.person());
            timesheets.replace(person, sheet.person(), sheet.month(), null, new TimesheetInput(null, sheet.entries()));
            if (sheet.closedBy() != null) {
                timesheets.sign(person, sheet.person(), sheet.month(), null);
                timesheets.sign(staff.get(sheet.closedBy()), sheet.person(), sheet.month(), null);
            }
        }
        for (Statement statement : document.statements()) {
            var project = projects.find(statement.project());
            statements.replace(
                    project,
                    statement.period(),
                    statement.beneficiary(),
                    PLATFORM,
                    null,
                    new StatementInput(
                            null,
                            statement.costs(),
                            statement.justifications(),
                            statement.effort(),
                            null,
                            statement.explanation()));
            statements.submit(
                    project, statement.period(), statement.beneficiary(), PLATFORM, null, statement.submittedBy());
            if (statement.acceptedBy() != null) {
                statements.decide(
                        project,
                        statement.period(),
                        statement.beneficiary(),
                        PLATFORM,
                        null,
                        new StatementDecisionInput(StatementDecisionInput.Decision.ACCEPTED, null),
                        statement.acceptedBy());
            }
        }
        return true;
    }

    private Document read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo document " + resource + " is not on the class path");
            }
            return yaml.readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo document " + resource, e);
        }
    }
}
