using System.Text.Json;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Gifts;

/// <summary>
/// A course bought as a gift is claimed by one other user, once, and a claimed gift keeps its order from being refunded.
/// The gift row stands in for the gift line of a paid order, as the payment's in-transaction reaction creates it.
/// </summary>
public abstract class GiftTests(KnowledgePayApp app) : OrdersTest(app)
{
    private const string Failure = "errors { __typename ... on Error { code } }";
    private const string PreviewFields = "id kind offerId course { title } fromNickname status";

    [Fact]
    public async Task OneOtherUserClaimsTheGiftAndTheNextClaimantIsRefused()
    {
        var (buyer, order, gift, course) = await PaidGiftAsync();
        var recipient = await SignInAsync("o_recipient");
        var latecomer = await SignInAsync("o_latecomer");

        var claimed = await ClaimAsync(recipient, gift.ClaimCode);
        var again = await ClaimAsync(latecomer, gift.ClaimCode);

        Assert.Empty(claimed.PayloadErrors());
        Assert.Equal("CLAIMED", claimed.GetProperty("gift").GetProperty("status").GetString());
        Assert.Equal(course.Title, claimed.GetProperty("gift").GetProperty("course").GetProperty("title").GetString());
        Assert.Equal([("GiftAlreadyClaimedError", GiftErrors.AlreadyClaimedCode)], again.PayloadErrors());
        var stored = await App.ReadAsync(db => db.Gifts.AsNoTracking().SingleAsync());
        Assert.Equal(UserId(recipient), stored.ClaimedBy);
        Assert.Equal(1, await GrantsAsync(gift.Id));
        var mine = (await buyer.Client.QueryAsync("{ myGifts { nodes { status claimedAt sharePath orderId } } }")).Nodes("myGifts");
        Assert.Equal("CLAIMED", Assert.Single(mine).GetProperty("status").GetString());
        Assert.Equal(Id(order), mine[0].GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task OfManyConcurrentClaimsExactlyOneWins()
    {
        var (_, _, gift, _) = await PaidGiftAsync();
        var claimants = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => SignInAsync($"o_claimant_{i}")));

        var results = await Task.WhenAll(claimants.Select(c => ClaimAsync(c, gift.ClaimCode)));

        Assert.Single(results, r => r.PayloadErrors().Count == 0);
        Assert.All(results.Where(r => r.PayloadErrors().Count > 0),
            r => Assert.Equal([("GiftAlreadyClaimedError", GiftErrors.AlreadyClaimedCode)], r.PayloadErrors()));
        var winner = claimants[Array.FindIndex(results, r => r.PayloadErrors().Count == 0)];
        Assert.Equal(UserId(winner), (await App.ReadAsync(db => db.Gifts.AsNoTracking().SingleAsync())).ClaimedBy);
        Assert.Equal(1, await GrantsAsync(gift.Id));
    }

    [Fact]
    public async Task TheBuyerCannotClaimTheirOwnGift()
    {
        var (buyer, _, gift, _) = await PaidGiftAsync();

        var claimed = await ClaimAsync(buyer, gift.ClaimCode);

        Assert.Equal([("GiftOwnError", GiftErrors.OwnGiftCode)], claimed.PayloadErrors());
        Assert.Equal(GiftStatus.Unclaimed, (await App.ReadAsync(db => db.Gifts.AsNoTracking().SingleAsync())).Status);
    }

    [Fact]
    public async Task AnUnknownCodeClaimsNothing()
    {
        await PaidGiftAsync();
        var recipient = await SignInAsync("o_recipient");

        var claimed = await ClaimAsync(recipient, "AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal([("GiftNotFoundError", GiftErrors.NotFoundCode)], claimed.PayloadErrors());
        Assert.Equal(0, await GrantsAsync(null));
    }

    [Fact]
    public async Task AClaimedGiftKeepsItsOrderFromBeingRefunded()
    {
        var (buyer, order, gift, _) = await PaidGiftAsync();
        await ClaimAsync(await SignInAsync("o_recipient"), gift.ClaimCode);

        var refund = (await buyer.Client.QueryAsync(
            $"mutation($input: RequestRefundInput!) {{ requestRefund(input: $input) {{ refund {{ status }} {Failure} }} }}",
            new { input = new { orderId = Id(order), reason = "Changed my mind" } })).GetProperty("requestRefund");

        Assert.Equal([("GiftClaimedNotRefundableError", GiftErrors.ClaimedNotRefundableCode)], refund.PayloadErrors());
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(order))));
    }

    [Fact]
    public async Task AnyoneWithTheCodeSeesWhatTheGiftIsAndTheBuyersNicknameOnly()
    {
        var (buyer, _, gift, course) = await PaidGiftAsync();
        await buyer.Client.QueryAsync(
            "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { __typename } } }",
            new { input = new { nickname = "小明", gender = "MALE", ageBand = "FROM_25_TO_34", city = "杭州", interestTagIds = Array.Empty<string>(), personalisationConsent = false } });

        var preview = await App.Client.PostGraphQLAsync(
            $"query($code: String!) {{ gift(code: $code) {{ {PreviewFields} }} }}", new { code = gift.ClaimCode });
        var unknown = await App.Client.QueryAsync("{ gift(code: \"AAAAAAAAAAAAAAAAAAAAAA\") { id } }");

        Assert.Empty(preview.Errors);
        var shown = preview.Data.GetProperty("gift");
        Assert.Equal("小明", shown.GetProperty("fromNickname").GetString());
        Assert.Equal("COURSE", shown.GetProperty("kind").GetString());
        Assert.Equal(GlobalId.Encode("Course", course.Id), shown.GetProperty("offerId").GetString());
        Assert.Equal("UNCLAIMED", shown.GetProperty("status").GetString());
        Assert.DoesNotContain(buyer.UserId, shown.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("gift").ValueKind);
    }

    [Fact]
    public async Task MyGiftsListsOnlyTheCallersGiftsWithTheirShareLinks()
    {
        var (buyer, _, gift, _) = await PaidGiftAsync();
        var stranger = await SignInAsync("o_stranger");

        var mine = (await buyer.Client.QueryAsync("{ myGifts { nodes { id claimCode sharePath status kind } } }")).Nodes("myGifts");
        var theirs = (await stranger.Client.QueryAsync("{ myGifts { nodes { id } } }")).Nodes("myGifts");
        var anonymous = await App.Client.PostGraphQLAsync("{ myGifts { nodes { id } } }");

        var listed = Assert.Single(mine);
        Assert.Equal(gift.ClaimCode, listed.GetProperty("claimCode").GetString());
        Assert.Equal($"pages/gift/claim?code={gift.ClaimCode}", listed.GetProperty("sharePath").GetString());
        Assert.Equal("UNCLAIMED", listed.GetProperty("status").GetString());
        Assert.Empty(theirs);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task AnonymousCallersCannotClaim()
    {
        var (_, _, gift, _) = await PaidGiftAsync();

        var claimed = await App.Client.PostGraphQLAsync(
            $"mutation($input: ClaimGiftInput!) {{ claimGift(input: $input) {{ gift {{ id }} {Failure} }} }}",
            new { input = new { code = gift.ClaimCode } });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], claimed.ErrorCodes);
        Assert.Equal(GiftStatus.Unclaimed, (await App.ReadAsync(db => db.Gifts.AsNoTracking().SingleAsync())).Status);
    }

    protected static async Task<JsonElement> ClaimAsync(Session claimant, string code) =>
        (await claimant.Client.QueryAsync(
            $"mutation($input: ClaimGiftInput!) {{ claimGift(input: $input) {{ gift {{ {PreviewFields} }} {Failure} }} }}",
            new { input = new { code } })).GetProperty("claimGift");

    protected static Guid UserId(Session session) => GlobalId.Decode(session.UserId).Id;

    /// <summary>The OfferGranted events (audited) the gift raised; all of them when <paramref name="giftId"/> is null.</summary>
    private Task<int> GrantsAsync(Guid? giftId) =>
        App.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == "OfferGranted" && (giftId == null || e.EntityId == giftId)));

    /// <summary>A buyer's paid order for a course with its gift, as the payment of a gift line leaves it.</summary>
    private async Task<(Session Buyer, JsonElement Order, Gift Gift, Domain.Catalog.Course Course)> PaidGiftAsync()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_gift_buyer");
        var order = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        var orderId = GlobalId.Decode(Id(order)).Id;
        var gift = Gift.Bought(UserId(buyer), OfferKind.Course, course.Id, orderId, orderId, DateTimeOffset.UtcNow);
        await App.AddAsync(gift);
        return (buyer, order, gift, course);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GiftTestsOnSqlite(SqliteApp app) : GiftTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class GiftTestsOnPostgreSql(PostgreSqlApp app) : GiftTests(app);
