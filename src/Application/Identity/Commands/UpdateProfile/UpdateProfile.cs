using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Identity.Queries.GetMe;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity.Commands.UpdateProfile;

/// <summary>
/// Replaces the caller's profile, interests (catalogue tag ids) and personalisation consent. A new nickname is screened
/// first (scene Profile): refused text changes nothing (CONTENT_REFUSED); held text leaves the old nickname shown while
/// the new one waits for a moderator, and the rest of the profile is saved.
/// </summary>
public sealed record UpdateProfileCommand(
    string? Nickname,
    string? AvatarUrl,
    Gender Gender,
    AgeBand AgeBand,
    string? Occupation,
    string? City,
    IReadOnlyList<Guid> InterestTagIds,
    bool PersonalisationConsent) : ICommand<MeDto>;

internal sealed class UpdateProfileCommandHandler(
    IApplicationDbContext db, ICurrentUser currentUser, ContentScreening screening, IPhoneNumberProtector phones, TimeProvider clock)
    : ICommandHandler<UpdateProfileCommand, MeDto>
{
    /// <summary>Where a personalisation consent change made here is recorded as coming from.</summary>
    public const string ConsentSource = "update_profile";

    public async ValueTask<MeDto> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var id = currentUser.RequiredId();
        var user = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        var tagIds = command.InterestTagIds.Distinct().ToList();
        if (await db.Tags.CountAsync(t => tagIds.Contains(t.Id), cancellationToken) != tagIds.Count)
        {
            throw IdentityErrors.UnknownInterests();
        }

        var profile = UserProfile.Create(
            command.Nickname, command.AvatarUrl, command.Gender, command.AgeBand, command.Occupation, command.City);
        var nicknameHeldFor = profile.Nickname is { } nickname && nickname != user.Profile.Nickname
            ? (await screening.ScreenAsync(id, ContentScene.Profile, nickname, cancellationToken)).HoldReason
            : null;
        user.UpdateProfile(profile, nicknameHeldFor);
        user.ChooseInterests(tagIds);
        user.SetPersonalisationConsent(command.PersonalisationConsent, ConsentSource, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return user.ToMe(phones);
    }
}
