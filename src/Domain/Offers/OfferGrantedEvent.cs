using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Domain.Offers;

/// <summary>
/// Someone received an offer without buying it themselves: a claimed gift or a redeemed code. The entitlement feature
/// grants what the offer holds (a course, a bundle's courses, a membership term); <paramref name="SourceId"/> names the
/// gift or code, so a grant happens once.
/// </summary>
public sealed record OfferGrantedEvent(Guid UserId, OfferKind Kind, Guid OfferId, EnrollmentSource Source, Guid SourceId) : IDomainEvent;
