using System.Net;
using System.Text.Json;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

/// <summary>Refunds settle through WeChat Pay's refund notifications; only a full refund closes the lessons again.</summary>
public abstract class RefundTests(KnowledgePayApp app) : OrdersTest(app)
{
    [Fact]
    public async Task KeepsAccessAfterAPartialRefundAndWithdrawsItAfterTheRest()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        var order = await PaidOrderAsync(buyer, course.Id);

        var partial = await IssueRefundAsync(admin, Id(order), amountFen: 1000);
        var partiallyRefunded = await WaitForStatusAsync(buyer.Client, Id(order), "PARTIALLY_REFUNDED");
        var lessonsAfterPartial = Bodies(await LessonsAsync(buyer.Client, course.Id));
        var rest = await IssueRefundAsync(admin, Id(order), amountFen: null);
        var refunded = await WaitForStatusAsync(buyer.Client, Id(order), "REFUNDED");

        Assert.Empty(partial.PayloadErrors());
        Assert.Equal(1000, partiallyRefunded.GetProperty("refundedFen").GetInt64());
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], lessonsAfterPartial);
        Assert.Empty(rest.PayloadErrors());
        Assert.Equal(3900, rest.GetProperty("refund").GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Equal(4900, refunded.GetProperty("refundedFen").GetInt64());
        Assert.Equal(["SUCCEEDED", "SUCCEEDED"], refunded.GetProperty("refunds").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        Assert.Empty((await buyer.Client.QueryAsync("{ myCourses { nodes { grantedAt } } }")).Nodes("myCourses"));
        await AssertLedgerBalancedAsync(admin, paidFen: 4900, refundedFen: 4900);
    }

    [Fact]
    public async Task RefundsTheBuyerInFullWhenTheyAskWithinThePolicy()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await PaidOrderAsync(buyer, course.Id);

        var requested = await RequestRefundAsync(buyer, Id(order));
        var refunded = await WaitForStatusAsync(buyer.Client, Id(order), "REFUNDED");

        Assert.Empty(requested.PayloadErrors());
        Assert.Equal(4900, requested.GetProperty("refund").GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Equal("REFUNDED", Status(refunded));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 4900, refundedFen: 4900);
    }

    [Fact]
    public async Task RefusesARefundLargerThanWhatIsLeft()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        var order = await PaidOrderAsync(buyer, course.Id);

        var refund = await IssueRefundAsync(admin, Id(order), amountFen: 4901);

        Assert.Equal([("RefundAmountInvalidError", "REFUND_AMOUNT_INVALID")], refund.PayloadErrors());
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(order))));
        await AssertLedgerBalancedAsync(admin, paidFen: 4900);
    }

    [Fact]
    public async Task RefusesTheBuyersRefundWhenTheyHaveReadThePaidLessons()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await PaidOrderAsync(buyer, course.Id);
        await LessonsAsync(buyer.Client, course.Id);
        await LessonsAsync(buyer.Client, course.Id);

        var requested = await RequestRefundAsync(buyer, Id(order));

        Assert.Equal([("RefundProgressTooHighError", "REFUND_PROGRESS_TOO_HIGH")], requested.PayloadErrors());
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(order))));
        Assert.Equal(2, await App.ReadAsync(db => db.LessonOpenings.CountAsync()));
    }

    [Fact]
    public async Task RefusesTheBuyersRefundWhenTheyHaveOpenedThePaidLessonsMedia()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await PaidOrderAsync(buyer, course.Id);
        var mediaLinks = (await LessonsSelectingAsync(buyer, course.Id, "media { url }"))
            .Select(l => l.GetProperty("media").GetProperty("url").GetString()!);
        using var player = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var link in mediaLinks)
        {
            using var opened = await player.GetAsync(link);
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        }

        var requested = await RequestRefundAsync(buyer, Id(order));

        Assert.Equal([("RefundProgressTooHighError", "REFUND_PROGRESS_TOO_HIGH")], requested.PayloadErrors());
    }

    [Fact]
    public async Task RefundsTheBuyerWhoOnlySawWhichLessonsAreLocked()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = await PaidOrderAsync(buyer, course.Id);
        var outline = (await LessonsSelectingAsync(buyer, course.Id, "title locked")).Select(l => l.GetProperty("locked").GetBoolean());

        var requested = await RequestRefundAsync(buyer, Id(order));

        Assert.Equal([false, false, false], outline);
        Assert.Empty(requested.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.LessonOpenings.CountAsync()));
    }

    /// <summary>The course's lessons with only <paramref name="fields"/> selected, as the buyer sees them.</summary>
    private static async Task<IReadOnlyList<JsonElement>> LessonsSelectingAsync(Session buyer, Guid courseId, string fields) =>
        [.. (await buyer.Client.QueryAsync(
                $"query($id: ID!) {{ course(id: $id) {{ lessons {{ {fields} }} }} }}", new { id = GlobalId.Encode("Course", courseId) }))
            .GetProperty("course").GetProperty("lessons").EnumerateArray()];

    private static async Task<JsonElement> RequestRefundAsync(Session buyer, string orderId) =>
        (await buyer.Client.QueryAsync(
            """
            mutation($input: RequestRefundInput!) {
              requestRefund(input: $input) { refund { amount { fen } } errors { __typename ... on Error { code } } }
            }
            """,
            new { input = new { orderId, reason = "Not what I expected" } })).GetProperty("requestRefund");

    private async Task<JsonElement> PaidOrderAsync(Session buyer, Guid courseId)
    {
        var order = await CheckedOutOrderAsync(buyer, courseId);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        return order;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RefundTestsOnSqlite(SqliteApp app) : RefundTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class RefundTestsOnPostgreSql(PostgreSqlApp app) : RefundTests(app);
