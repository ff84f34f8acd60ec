using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Domain.Memberships;

public sealed record MembershipGrantedEvent(
    Guid MembershipId, Guid UserId, Guid PlanId, EnrollmentSource Source, int Days, DateTimeOffset ExpiresAt) : IDomainEvent;

public sealed record MembershipRenewedEvent(
    Guid MembershipId, Guid UserId, Guid PlanId, EnrollmentSource Source, int Days, DateTimeOffset ExpiresAt) : IDomainEvent;

/// <summary>A term was taken out (its order line refunded); <paramref name="ExpiresAt"/> is the new, earlier expiry.</summary>
public sealed record MembershipShortenedEvent(
    Guid MembershipId, Guid UserId, Guid PlanId, EnrollmentSource Source, Guid SourceId, DateTimeOffset ExpiresAt) : IDomainEvent;

/// <summary>A membership will lapse at <paramref name="ExpiresAt"/>, within the notice period; raised once per expiry date.</summary>
public sealed record MembershipExpiringSoonEvent(Guid MembershipId, Guid UserId, Guid PlanId, DateTimeOffset ExpiresAt) : IDomainEvent;
