using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Memberships;

/// <summary>Membership failures; the codes are API contract.</summary>
public static class MembershipErrors
{
    public const string NotAPlanCode = "MEMBERSHIP_NOT_A_PLAN";

    public static DomainException NotAPlan(Guid offerId) =>
        new(NotAPlanCode, $"Offer {offerId} is not a membership plan.");
}
