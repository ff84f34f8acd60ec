using GraphQL.Types;
using KnowledgePay.Application.Analytics.Cohorts;

namespace KnowledgePay.GraphQL.Analytics.Cohorts;

internal sealed class CohortBasisGraphType : EnumerationGraphType<CohortBasis>
{
    public CohortBasisGraphType()
    {
        Name = "CohortBasis";
        Description = "FIRST_PURCHASE: the user's first paid order (wallet top-ups aside) places them; SIGN_UP: their sign-up does.";
    }
}
