using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Identity;

/// <summary>The 用户画像 details a user chooses to share; every field is optional.</summary>
public sealed record UserProfile
{
    private UserProfile()
    {
    }

    public string? Nickname { get; private init; }

    public string? AvatarUrl { get; private init; }

    public Gender Gender { get; private init; }

    public AgeBand AgeBand { get; private init; }

    public string? Occupation { get; private init; }

    public string? City { get; private init; }

    public static UserProfile Empty { get; } = new();

    /// <summary>The same profile with another nickname (already screened or moderated).</summary>
    public UserProfile WithNickname(string? nickname) => this with { Nickname = nickname };

    public static UserProfile Create(
        string? nickname, string? avatarUrl, Gender gender, AgeBand ageBand, string? occupation, string? city)
    {
        if (!Enum.IsDefined(gender) || !Enum.IsDefined(ageBand))
        {
            throw IdentityErrors.InvalidProfile("gender or age band");
        }

        return new UserProfile
        {
            Nickname = Text.Optional(nickname, IdentityLimits.NicknameLength, () => IdentityErrors.InvalidProfile("nickname")),
            AvatarUrl = Text.Optional(avatarUrl, IdentityLimits.UrlLength, () => IdentityErrors.InvalidProfile("avatarUrl")),
            Gender = gender,
            AgeBand = ageBand,
            Occupation = Text.Optional(occupation, IdentityLimits.OccupationLength, () => IdentityErrors.InvalidProfile("occupation")),
            City = Text.Optional(city, IdentityLimits.CityLength, () => IdentityErrors.InvalidProfile("city")),
        };
    }
}
