using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Messaging;

/// <summary>Who may do what: signed-in users see templates and report and read their own grants; only admins read the log and send.</summary>
public abstract class SubscriptionMessageAuthorizationTests(KnowledgePayApp app) : SubscriptionMessageTest(app)
{
    private const string Report =
        "mutation($input: ReportSubscriptionGrantsInput!) { reportSubscriptionGrants(input: $input) { grants { remaining } errors { __typename } } }";

    private const string Send =
        "mutation($input: SendSubscriptionMessageInput!) { sendSubscriptionMessage(input: $input) { message { id } errors { __typename } } }";

    [Fact]
    public async Task SignedInUsersSeeTheTemplatesAndTheirOwnGrantsAnonymousCallersNeither()
    {
        var learner = await SignInAsync("o_learner");
        var other = await SignInAsync("o_other");
        await GrantAsync(learner, "o_learner", OrderPaidTemplateId);

        var templates = await learner.Client.PostGraphQLAsync("{ subscriptionTemplates { template templateId } }");
        var otherGrants = await GrantsAsync(other);
        var anonymousTemplates = await App.Client.PostGraphQLAsync("{ subscriptionTemplates { templateId } }");
        var anonymousGrants = await App.Client.PostGraphQLAsync("{ mySubscriptionGrants { remaining } }");

        Assert.Empty(templates.Errors);
        Assert.Equal(6, templates.Data.GetProperty("subscriptionTemplates").GetArrayLength());
        Assert.Equal(1, await RemainingAsync(learner, OrderPaidTemplateId));
        Assert.Empty(otherGrants);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousTemplates.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousGrants.ErrorCodes);
    }

    [Fact]
    public async Task AnonymousCallersCannotReportGrants()
    {
        var report = await App.Client.PostGraphQLAsync(
            Report, new { input = new { results = new[] { new { templateId = OrderPaidTemplateId, status = "ACCEPT" } } } });

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], report.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.SubscriptionGrants.CountAsync()));
    }

    [Fact]
    public async Task OnlyAdminsReadTheMessageLog()
    {
        var learner = await SignInAsync("o_learner");
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var byLearner = await learner.Client.PostGraphQLAsync("{ subscriptionMessages { nodes { id } } }");
        var byAnonymous = await App.Client.PostGraphQLAsync("{ subscriptionMessages { nodes { id } } }");
        var byAdmin = await admin.Client.PostGraphQLAsync("{ subscriptionMessages { nodes { id } } }");

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byLearner.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], byAnonymous.ErrorCodes);
        Assert.Empty(byAdmin.Errors);
    }

    [Fact]
    public async Task OnlyAdminsSendTestMessages()
    {
        var learner = await SignInAsync("o_learner");
        await GrantAsync(learner, "o_learner", OrderPaidTemplateId);
        var input = new
        {
            input = new
            {
                userId = learner.UserId,
                template = "ORDER_PAID",
                values = new[] { new { name = "title", value = "Go 入门" }, new { name = "amount", value = "¥1.00" }, new { name = "time", value = "12:00" }, new { name = "orderNo", value = "KP1" } },
            },
        };

        var byLearner = await learner.Client.PostGraphQLAsync(Send, input);
        var byAnonymous = await App.Client.PostGraphQLAsync(Send, input);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], byLearner.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], byAnonymous.ErrorCodes);
        Assert.Equal(0, await App.ReadAsync(db => db.SubscriptionMessages.CountAsync()));
        Assert.Empty(await App.WeChat.SubscriptionMessagesAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SubscriptionMessageAuthorizationTestsOnSqlite(SqliteApp app) : SubscriptionMessageAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class SubscriptionMessageAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : SubscriptionMessageAuthorizationTests(app);
