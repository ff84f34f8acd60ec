using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity;

/// <summary>
/// Nicknames for the moderation queue; the content id is the user's id. The nickname in question is the held one when
/// there is one, else the hidden one, else the shown one; a user without any has nothing to moderate.
/// </summary>
internal sealed class NicknameContentSource(IApplicationDbContext db) : IModeratedContentSource
{
    public IReadOnlyCollection<ModeratedContentKind> Kinds { get; } = [ModeratedContentKind.Nickname];

    public async Task<ModeratedContent?> FindAsync(ModeratedContentKind kind, Guid contentId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == contentId)
            .Select(u => new { u.Id, u.HeldNickname, u.HiddenNickname, u.Profile.Nickname })
            .SingleOrDefaultAsync(cancellationToken);
        var (text, status) = user switch
        {
            { HeldNickname: { } held } => (held, ModerationStatus.Held),
            { HiddenNickname: { } hidden } => (hidden, ModerationStatus.Hidden),
            { Nickname: { } shown } => (shown, ModerationStatus.Visible),
            _ => (null, ModerationStatus.Visible),
        };
        return text is null ? null : new ModeratedContent(ModeratedContentKind.Nickname, user!.Id, user.Id, null, text, status);
    }
}
