using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Application.Identity.Queries.GetMe;

/// <summary>The signed-in user as they may see themselves (never the openid or the WeChat session key).</summary>
public sealed record MeDto
{
    public Guid Id { get; init; }

    public IReadOnlyList<Role> Roles { get; init; } = [];

    /// <summary>The bound number masked (<c>138****5678</c>); the full number is only in the owner's data export.</summary>
    public string? PhoneNumber { get; init; }

    public ProfileDto Profile { get; init; } = new();

    /// <summary>A new nickname waiting for a moderator; <see cref="ProfileDto.Nickname"/> stays the shown one until then.</summary>
    public string? HeldNickname { get; init; }

    public IReadOnlyList<Guid> InterestTagIds { get; init; } = [];

    public bool PersonalisationConsent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastLoginAt { get; init; }
}
