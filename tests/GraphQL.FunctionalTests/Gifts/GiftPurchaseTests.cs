using KnowledgePay.Domain.Gifts;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Pricing;

namespace KnowledgePay.GraphQL.FunctionalTests.Gifts;

/// <summary>A course bought as a gift through createOrder and paid: the buyer gets a claim code, not the course; one other user claims it once.</summary>
public abstract class GiftPurchaseTests(KnowledgePayApp app) : CartTest(app)
{
    [Fact]
    public async Task AGiftLineOpensTheCourseForTheOneWhoClaimsItOnceAndNotForTheBuyer()
    {
        var course = (await AddCoursesPricedAsync(4900))[0];
        var buyer = await SignInAsync("o_gift_giver");
        var recipient = await SignInAsync("o_gift_recipient");
        var latecomer = await SignInAsync("o_gift_latecomer");
        var created = await CreateOrderAsync(buyer, [CourseLine(course, asGift: true)], 4900);
        Assert.Empty(created.PayloadErrors());
        await PayAsync(buyer, created.GetProperty("order"));
        var gift = Assert.Single((await buyer.Client.QueryAsync("{ myGifts { nodes { status claimCode sharePath } } }")).Nodes("myGifts"));
        var code = gift.GetProperty("claimCode").GetString()!;

        var claimed = await ClaimAsync(recipient, code);
        var again = await ClaimAsync(latecomer, code);

        Assert.True(created.GetProperty("order").GetProperty("lines")[0].GetProperty("isGift").GetBoolean());
        Assert.Equal("UNCLAIMED", gift.GetProperty("status").GetString());
        Assert.EndsWith(code, gift.GetProperty("sharePath").GetString());
        Assert.Empty(claimed.PayloadErrors());
        Assert.Equal([("GiftAlreadyClaimedError", GiftErrors.AlreadyClaimedCode)], again.PayloadErrors());
        Assert.Equal([BodyOf(0), BodyOf(1)], Bodies(await LessonsAsync(recipient.Client, course.Id)));
        Assert.Equal([BodyOf(0), null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        Assert.Equal([BodyOf(0), null], Bodies(await LessonsAsync(latecomer.Client, course.Id)));
    }

    private static async Task<System.Text.Json.JsonElement> ClaimAsync(Session claimant, string code) =>
        (await claimant.Client.QueryAsync(
            $"mutation($input: ClaimGiftInput!) {{ claimGift(input: $input) {{ gift {{ status }} {Failure} }} }}",
            new { input = new { code } })).GetProperty("claimGift");
}

[Collection(SqliteCollection.Name)]
public sealed class GiftPurchaseTestsOnSqlite(SqliteApp app) : GiftPurchaseTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class GiftPurchaseTestsOnPostgreSql(PostgreSqlApp app) : GiftPurchaseTests(app);
