using GraphQL.Types;
using KnowledgePay.Application.Risk.Commands.ReviewRiskFlag;
using KnowledgePay.Domain.Risk;

namespace KnowledgePay.GraphQL.Risk;

internal sealed class RiskRuleGraphType : EnumerationGraphType<RiskRule>
{
    public RiskRuleGraphType()
    {
        Name = "RiskRule";
        Description = "The anomaly rule that raised a flag; thresholds are in the Risk:* settings.";
    }
}

internal sealed class RiskRestrictionGraphType : EnumerationGraphType<RiskRestriction>
{
    public RiskRestrictionGraphType()
    {
        Name = "RiskRestriction";
        Description = "What an open or confirmed flag holds back from its user until an admin clears it.";
    }
}

internal sealed class RiskFlagStatusGraphType : EnumerationGraphType<RiskFlagStatus>
{
    public RiskFlagStatusGraphType()
    {
        Name = "RiskFlagStatus";
        Description = "OPEN until an admin reviews it: CONFIRMED keeps its restriction, CLEARED (a false flag) lifts it.";
    }
}

internal sealed class RiskFlagDecisionGraphType : EnumerationGraphType<RiskFlagDecision>
{
    public RiskFlagDecisionGraphType()
    {
        Name = "RiskFlagDecision";
        Description = "CONFIRM: the anomaly is real, the restriction stays. CLEAR: a false flag, the restriction lifts.";
    }
}
