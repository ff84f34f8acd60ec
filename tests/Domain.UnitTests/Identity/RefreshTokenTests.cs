using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Domain.UnitTests.Identity;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void RotationIssuesASuccessorInTheSameFamilyWhenTheTokenIsFresh()
    {
        var token = RefreshToken.Issue(UserId, Hash('a'), Now);

        var successor = token.Rotate(Hash('b'), Now.AddDays(1));

        Assert.Equal(token.FamilyId, successor.FamilyId);
        Assert.Equal(UserId, successor.UserId);
        Assert.Equal(Now.AddDays(1) + RefreshToken.Lifetime, successor.ExpiresAt);
        Assert.Equal(successor.Id, token.ReplacedById);
        Assert.Equal(Now.AddDays(1), token.RotatedAt);
        Assert.False(successor.IsRotated);
    }

    [Fact]
    public void EachLoginStartsItsOwnFamily()
    {
        var first = RefreshToken.Issue(UserId, Hash('a'), Now);

        var second = RefreshToken.Issue(UserId, Hash('b'), Now);

        Assert.NotEqual(first.FamilyId, second.FamilyId);
    }

    [Fact]
    public void RotationFailsAsReuseWhenTheTokenWasRotatedBefore()
    {
        var token = RefreshToken.Issue(UserId, Hash('a'), Now);
        token.Rotate(Hash('b'), Now);

        var error = Assert.Throws<DomainException>(() => token.Rotate(Hash('c'), Now));

        Assert.Equal("REFRESH_TOKEN_REUSED", error.Code);
    }

    [Fact]
    public void RotationFailsWhenTheTokenExpired()
    {
        var token = RefreshToken.Issue(UserId, Hash('a'), Now);

        var error = Assert.Throws<DomainException>(() => token.Rotate(Hash('b'), Now + RefreshToken.Lifetime));

        Assert.Equal("REFRESH_TOKEN_EXPIRED", error.Code);
        Assert.False(token.IsRotated);
    }

    [Fact]
    public void RotationFailsWhenTheTokenWasRevoked()
    {
        var token = RefreshToken.Issue(UserId, Hash('a'), Now);
        token.Revoke(Now);

        var error = Assert.Throws<DomainException>(() => token.Rotate(Hash('b'), Now));

        Assert.Equal("REFRESH_TOKEN_REVOKED", error.Code);
    }

    [Fact]
    public void RevokingTwiceKeepsTheFirstTime()
    {
        var token = RefreshToken.Issue(UserId, Hash('a'), Now);
        token.Revoke(Now);

        token.Revoke(Now.AddHours(1));

        Assert.Equal(Now, token.RevokedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-hash")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void IssuingFailsWhenTheHashIsNotLowerCaseSha256Hex(string hash)
    {
        var error = Assert.Throws<DomainException>(() => RefreshToken.Issue(UserId, hash, Now));

        Assert.Equal("REFRESH_TOKEN_INVALID_HASH", error.Code);
    }

    private static string Hash(char digit) => new(digit, IdentityLimits.TokenHashLength);
}
