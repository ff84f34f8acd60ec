namespace KnowledgePay.Domain.Risk;

/// <summary>Open until an admin reviews it: confirmed (the restriction stays) or cleared (a false flag; it lifts).</summary>
public enum RiskFlagStatus
{
    Open,
    Confirmed,
    Cleared,
}
