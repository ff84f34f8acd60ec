namespace KnowledgePay.Domain.Learning;

/// <summary>Where an entitlement (an enrollment or a membership) came from.</summary>
public enum EnrollmentSource
{
    Purchase,
    AdminGrant,
    Gift,
    RedeemCode,
}
