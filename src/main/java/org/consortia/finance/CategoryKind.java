package org.consortia.finance;

/**
 * What a cost category is, as the EU corporate model grant agreement groups them: A personnel, B subcontracting, C
 * purchase, D other categories (financial support to third parties among them). Indirect costs (E) are computed, never
 * a category of their own.
 */
public enum CategoryKind {
    PERSONNEL,
    SUBCONTRACTING,
    PURCHASE,
    THIRD_PARTY_SUPPORT,
    OTHER;

    /**
     * Whether costs of this kind are in the base of the flat-rate indirect costs where the programme excludes
     * subcontracting (and financial support to third parties, as Horizon Europe and the corporate MGA do).
     */
    public boolean inIndirectBaseWhenSubcontractingExcluded() {
        return this != SUBCONTRACTING && this != THIRD_PARTY_SUPPORT;
    }
}
