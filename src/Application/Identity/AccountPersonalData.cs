using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Identity;

/// <summary>
/// The account: WeChat identifiers, phone, nickname and avatar, roles, sign-up and last sign-in, and the login sessions
/// (their times only: the WeChat session key and the refresh tokens' hashes are credentials, not data about the user).
/// </summary>
[PersonalDataOf(typeof(User), typeof(RefreshToken))]
internal sealed class AccountPersonalData(IApplicationDbContext db, IPhoneNumberProtector phones) : IPersonalDataSection
{
    public string Name => "account";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var sessions = await db.RefreshTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .Select(t => new { t.Id, t.FamilyId, t.CreatedAt, t.ExpiresAt, t.RotatedAt, t.RevokedAt })
            .ToListAsync(cancellationToken);
        return new
        {
            user.Id,
            user.OpenId,
            user.UnionId,
            user.Profile.Nickname,
            user.Profile.AvatarUrl,
            user.HeldNickname,
            user.HiddenNickname,
            PhoneNumber = user.Phone is { } phone ? phones.Reveal(phone).E164 : null,
            Roles = user.Roles.Order(),
            user.CreatedAt,
            user.LastLoginAt,
            Sessions = sessions,
        };
    }
}
