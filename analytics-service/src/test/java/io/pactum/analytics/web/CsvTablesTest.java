package io.pactum.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.analytics.application.Views;
import io.pactum.chassis.web.ApiMoney;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void money_is_two_columns_lists_one_cell_and_formulas_are_defused() {
        Views.Providers providers = new Views.Providers(List.of(
                new Views.Provider("Acme, Inc.", List.of("ONLINE_COURSE", "WORKSHOP"), 2, new ApiMoney("1500.00", "EUR"),
                        new ApiMoney("-20.50", "EUR")),
                new Views.Provider("=HYPERLINK(\"http://x\")", List.of(), 1, null, new ApiMoney("0.00", "EUR"))));
        assertThat(CsvTables.of(providers)).isEqualTo(
                "provider,activityTypes,contracts,planned,plannedCurrency,spent,spentCurrency\r\n"
                        + "\"Acme, Inc.\",ONLINE_COURSE;WORKSHOP,2,1500.00,EUR,-20.50,EUR\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",,1,,,0.00,EUR\r\n");
    }

    @Test
    void nested_records_become_columns_and_an_empty_table_still_has_its_header() {
        Views.Roi roi = new Views.Roi(List.of(new Views.ProgramRoi("tpl", "@risk program", 1, 0, new ApiMoney("10.00", "EUR"),
                null, null, new BigDecimal("-12.5"), null, new Views.KirkpatrickCoverage(true, false, false, true))), null);
        assertThat(CsvTables.of(roi)).isEqualTo("programId,program,contracts,completed,cost,costCurrency,benefit,benefitCurrency,"
                + "adjustedBenefit,adjustedBenefitCurrency,roiPercent,benefitCostRatio,kirkpatrickReaction,kirkpatrickLearning,"
                + "kirkpatrickBehaviour,kirkpatrickResults\r\n"
                + "tpl,\"'@risk program\",1,0,10.00,EUR,,,,,-12.5,,true,false,false,true\r\n");
        assertThat(CsvTables.of(new Views.AtRisk(List.of()))).isEqualTo("contractId,employeeId,employeeName,managerId,"
                + "businessUnit,title,missedMilestones,missedCheckIns,lastMissedOn\r\n");
    }
}
