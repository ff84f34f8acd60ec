using System.Text.Json;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.FunctionalTests.Comments;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Moderation;

/// <summary>Nicknames are screened with scene Profile: refused changes nothing, held keeps the old one until approved.</summary>
public abstract class NicknameModerationTests(KnowledgePayApp app) : CommentsTest(app)
{
    private const string Me = "{ me { profile { nickname city } heldNickname } }";

    [Fact]
    public async Task AHeldNicknameWaitsWhileTheOldOneStaysAndApprovingAppliesIt()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var user = await SignInAsync("o_nick");
        Assert.Empty((await UpdateNicknameAsync(user, "小明", "杭州")).PayloadErrors());

        var held = await UpdateNicknameAsync(user, "加微信的小明", "上海");
        var whileHeld = (await user.Client.QueryAsync(Me)).GetProperty("me");
        var queued = Assert.Single(await QueueAsync(admin));
        var approved = await DecideAsync(admin, "approveContent", "NICKNAME", queued.GetProperty("contentId").GetString()!);
        var afterApproval = (await user.Client.QueryAsync(Me)).GetProperty("me");

        Assert.Empty(held.PayloadErrors());
        Assert.Equal("小明", whileHeld.GetProperty("profile").GetProperty("nickname").GetString());
        Assert.Equal("上海", whileHeld.GetProperty("profile").GetProperty("city").GetString());
        Assert.Equal("加微信的小明", whileHeld.GetProperty("heldNickname").GetString());
        Assert.Equal("NICKNAME", queued.GetProperty("kind").GetString());
        Assert.Equal(user.UserId, queued.GetProperty("contentId").GetString());
        Assert.Equal(JsonValueKind.Null, queued.GetProperty("courseId").ValueKind);
        Assert.Empty(approved.Errors);
        Assert.Equal("加微信的小明", afterApproval.GetProperty("profile").GetProperty("nickname").GetString());
        Assert.Equal(JsonValueKind.Null, afterApproval.GetProperty("heldNickname").ValueKind);
        Assert.Equal([1, 1], (await App.WeChat.ContentChecksAsync()).Select(c => c.GetProperty("scene").GetInt32()));
    }

    [Fact]
    public async Task ARefusedNicknameChangesNothing()
    {
        var user = await SignInAsync("o_nick");
        await UpdateNicknameAsync(user, "小明", "杭州");

        var refused = await UpdateNicknameAsync(user, "傻逼", "上海");

        Assert.Equal([("ContentRefusedError", ModerationErrors.ContentRefusedCode)], refused.PayloadErrors());
        var me = (await user.Client.QueryAsync(Me)).GetProperty("me");
        Assert.Equal("小明", me.GetProperty("profile").GetProperty("nickname").GetString());
        Assert.Equal("杭州", me.GetProperty("profile").GetProperty("city").GetString());
    }

    [Fact]
    public async Task AnUnchangedNicknameIsNotCheckedAgain()
    {
        var user = await SignInAsync("o_nick");
        await UpdateNicknameAsync(user, "小明", "杭州");

        await UpdateNicknameAsync(user, "小明", "上海");

        Assert.Single(await App.WeChat.ContentChecksAsync());
    }

    [Fact]
    public async Task OnlyAnAdminModeratesANicknameNotACreator()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var alice = await SignInAsync("o_alice");
        await CreateCreatorAsync(admin, alice.UserId, "Alice");
        alice = await SignInAsync("o_alice");
        var user = await SignInAsync("o_nick");
        await UpdateNicknameAsync(user, "小明", "杭州");

        var byCreator = await DecideAsync(alice, "hideContent", "NICKNAME", user.UserId);
        var creatorQueue = await QueueAsync(alice, status: null);
        var byAdmin = await DecideAsync(admin, "hideContent", "NICKNAME", user.UserId);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byCreator.ErrorCodes);
        Assert.Empty(creatorQueue);
        Assert.Empty(byAdmin.Errors);
        Assert.Equal(JsonValueKind.Null,
            (await user.Client.QueryAsync(Me)).GetProperty("me").GetProperty("profile").GetProperty("nickname").ValueKind);
    }

    private static async Task<JsonElement> UpdateNicknameAsync(Session user, string nickname, string city) =>
        (await user.Client.QueryAsync(
            $"mutation($input: UpdateProfileInput!) {{ updateProfile(input: $input) {{ me {{ id }} {Failure} }} }}",
            new { input = new { nickname, gender = "MALE", ageBand = "FROM_25_TO_34", city, interestTagIds = Array.Empty<string>(), personalisationConsent = false } }))
            .GetProperty("updateProfile");
}

[Collection(SqliteCollection.Name)]
public sealed class NicknameModerationTestsOnSqlite(SqliteApp app) : NicknameModerationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class NicknameModerationTestsOnPostgreSql(PostgreSqlApp app) : NicknameModerationTests(app);
