using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.UnitTests.Identity;

public sealed class UserNicknameTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AHeldNicknameLeavesTheOldOneShownAndRaisesContentHeld()
    {
        var user = AUserCalled("小明");

        user.UpdateProfile(Profile("加微信小明", city: "上海"), ModerationHoldReason.ContentSecurityReview);

        Assert.Equal(("小明", "上海", "加微信小明"), (user.Profile.Nickname, user.Profile.City, user.HeldNickname));
        Assert.Equal(
            new ContentHeldEvent(ModeratedContentKind.Nickname, user.Id, user.Id, null, "加微信小明", ModerationHoldReason.ContentSecurityReview),
            Assert.Single(user.DomainEvents()));
    }

    [Fact]
    public void ApprovingShowsTheHeldNickname()
    {
        var user = AUserCalled("小明");
        user.UpdateProfile(Profile("新名字"), ModerationHoldReason.SensitiveWord);

        user.ModerateNickname(ModerationStatus.Visible);

        Assert.Equal(("新名字", null), (user.Profile.Nickname, user.HeldNickname));
    }

    [Fact]
    public void HidingRemovesTheNicknameAndRestoringBringsItBack()
    {
        var user = AUserCalled("小明");

        user.ModerateNickname(ModerationStatus.Hidden);
        var hidden = (user.Profile.Nickname, user.HiddenNickname);
        user.ModerateNickname(ModerationStatus.Visible);

        Assert.Equal((null, "小明"), hidden);
        Assert.Equal(("小明", null), (user.Profile.Nickname, user.HiddenNickname));
    }

    [Fact]
    public void ReportsHoldTheShownNicknameUntilADecision()
    {
        var user = AUserCalled("小明");

        user.ModerateNickname(ModerationStatus.Held);

        Assert.Equal((null, "小明"), (user.Profile.Nickname, user.HeldNickname));
    }

    [Fact]
    public void ANicknameThatPassesDropsAHeldOne()
    {
        var user = AUserCalled("小明");
        user.UpdateProfile(Profile("加微信"), ModerationHoldReason.SensitiveWord);

        user.UpdateProfile(Profile("小红"));

        Assert.Equal(("小红", null), (user.Profile.Nickname, user.HeldNickname));
    }

    private static User AUserCalled(string nickname)
    {
        var user = User.SignUp("openid-1", null, EncryptedSessionKey.Of("cipher", Now), Now);
        user.UpdateProfile(Profile(nickname));
        return user;
    }

    private static UserProfile Profile(string nickname, string? city = null) =>
        UserProfile.Create(nickname, null, Gender.Unspecified, AgeBand.Unspecified, null, city);
}
