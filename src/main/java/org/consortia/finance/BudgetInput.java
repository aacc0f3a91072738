package org.consortia.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A project's budget as a client sends it and as a plan document lists it (docs/finances.md): the grant's terms, the
 * cost categories (left out: the EU corporate model grant agreement's), and each beneficiary's estimated costs by
 * category code, planned person-months by work package and, in a lump-sum grant, lump-sum shares by work package.
 */
public record BudgetInput(
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR")
        String currency,

        @NotNull FundingModel fundingModel,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal fundingRate,

        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal indirectRate,

        Boolean indirectExcludesSubcontracting,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal maxGrant,
        Boolean detailsShared,
        @Size(max = 50) List<@Valid @NotNull Category> categories,
        @Size(max = 500) List<@Valid @NotNull Beneficiary> beneficiaries) {

    /** A cost category of the project. */
    public record Category(
            @NotBlank @Size(max = 16) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull CategoryKind kind) {}

    /**
     * A beneficiary's estimated costs by category code, planned person-months by work package and, in a lump-sum grant,
     * its share of the lump sum by work package.
     */
    public record Beneficiary(
            @NotBlank String organisation,

            @Size(max = 50)
            Map<@NotBlank String, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> costs,

            @Size(max = 500)
            Map<@NotBlank String, @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal> effort,

            @Size(max = 500)
            Map<@NotBlank String, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> lumpSums) {

        public Beneficiary {
            costs = costs == null ? Map.of() : costs;
            effort = effort == null ? Map.of() : effort;
            lumpSums = lumpSums == null ? Map.of() : lumpSums;
        }
    }

    /** The categories of the EU corporate model grant agreement (E, indirect costs, is computed). */
    public static final List<Category> EU_CATEGORIES = List.of(
            new Category("A.1", "Employees (or equivalent)", CategoryKind.PERSONNEL),
            new Category("A.2", "Natural persons under direct contract", CategoryKind.PERSONNEL),
            new Category("A.3", "Seconded persons", CategoryKind.PERSONNEL),
            new Category("A.4", "SME owners and natural person beneficiaries without a salary", CategoryKind.PERSONNEL),
            new Category("B", "Subcontracting", CategoryKind.SUBCONTRACTING),
            new Category("C.1", "Travel and subsistence", CategoryKind.PURCHASE),
            new Category("C.2", "Equipment", CategoryKind.PURCHASE),
            new Category("C.3", "Other goods, works and services", CategoryKind.PURCHASE),
            new Category("D.1", "Financial support to third parties", CategoryKind.THIRD_PARTY_SUPPORT),
            new Category("D.2", "Internally invoiced goods and services", CategoryKind.OTHER));

    public BudgetInput {
        categories = categories == null || categories.isEmpty() ? EU_CATEGORIES : categories;
        beneficiaries = beneficiaries == null ? List.of() : beneficiaries;
    }
}
