using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Identity;

/// <summary>
/// One use of a long-lived session, stored as the hash of the secret the client holds. Each refresh rotates it to a
/// successor in the same family; presenting a rotated token again means a copy leaked, and the family is revoked.
/// </summary>
public sealed class RefreshToken : Entity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private RefreshToken()
    {
        TokenHash = string.Empty;
    }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; }

    /// <summary>Every token descending from one login shares it, so a whole session can be revoked at once.</summary>
    public Guid FamilyId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RotatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid? ReplacedById { get; private set; }

    public bool IsRotated => RotatedAt is not null;

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Starts a new family (a login).</summary>
    public static RefreshToken Issue(Guid userId, string tokenHash, DateTimeOffset now) =>
        Create(userId, tokenHash, Guid.CreateVersion7(), now);

    /// <summary>
    /// Spends this token for a successor in the same family. Fails when it was rotated before (the caller revokes the
    /// family, see <see cref="IdentityErrors.RefreshTokenReused"/>), revoked or expired.
    /// </summary>
    public RefreshToken Rotate(string successorHash, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            throw IdentityErrors.RefreshTokenRevoked();
        }

        if (IsRotated)
        {
            throw IdentityErrors.RefreshTokenReused();
        }

        if (now >= ExpiresAt)
        {
            throw IdentityErrors.RefreshTokenExpired();
        }

        var successor = Create(UserId, successorHash, FamilyId, now);
        RotatedAt = now;
        ReplacedById = successor.Id;
        return successor;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    private static RefreshToken Create(Guid userId, string tokenHash, Guid familyId, DateTimeOffset now) =>
        tokenHash.Length != IdentityLimits.TokenHashLength || !tokenHash.All(char.IsAsciiHexDigitLower)
            ? throw IdentityErrors.InvalidTokenHash()
            : new RefreshToken
            {
                UserId = userId,
                TokenHash = tokenHash,
                FamilyId = familyId,
                CreatedAt = now,
                ExpiresAt = now + Lifetime,
            };
}
