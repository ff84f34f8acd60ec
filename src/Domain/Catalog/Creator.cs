using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

/// <summary>A lecturer who publishes courses.</summary>
public sealed class Creator : Entity
{
    private Creator()
    {
        Name = string.Empty;
    }

    /// <summary>The user account that manages this creator's courses; null for a profile no one signs in as.</summary>
    public Guid? UserId { get; private set; }

    public string Name { get; private set; }

    public string? Headline { get; private set; }

    public string? Bio { get; private set; }

    public string? AvatarUrl { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public static Creator Join(
        string name, string? headline, string? bio, string? avatarUrl, DateTimeOffset now, Guid? userId = null)
    {
        var creator = new Creator { JoinedAt = now, UserId = userId };
        creator.SetProfile(name, headline, bio, avatarUrl);
        creator.Raise(new CreatorJoinedEvent(creator.Id, userId, creator.Name));
        return creator;
    }

    public void UpdateProfile(string name, string? headline, string? bio, string? avatarUrl)
    {
        SetProfile(name, headline, bio, avatarUrl);
        Raise(new CreatorProfileUpdatedEvent(Id, Name));
    }

    private void SetProfile(string name, string? headline, string? bio, string? avatarUrl)
    {
        Name = Text.Required(name, CatalogLimits.NameLength, () => CatalogErrors.InvalidName(nameof(Creator)));
        Headline = Text.Optional(headline, CatalogLimits.TitleLength, () => CatalogErrors.InvalidText("headline"));
        Bio = Text.Optional(bio, CatalogLimits.BioLength, () => CatalogErrors.InvalidText("bio"));
        AvatarUrl = Text.Optional(avatarUrl, CatalogLimits.UrlLength, () => CatalogErrors.InvalidText("avatarUrl"));
    }
}
