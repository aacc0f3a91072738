package org.consortia.amendment;

import org.consortia.finance.BudgetView;

/** A budget amendment with the budget as it stood when requested and the one proposed, as the reader may see them. */
public record AmendedBudget(AmendmentView amendment, BudgetView previous, BudgetView proposed) {}
