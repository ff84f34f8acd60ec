using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Identity;

/// <summary>The user granted or withdrew personalisation consent at <see cref="At"/>, from <see cref="Source"/>.</summary>
public sealed record PersonalisationConsentChangedEvent(Guid UserId, bool Granted, string Source, DateTimeOffset At) : IDomainEvent;
