using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Wallets;

/// <summary>Who may read and change balances: the owner their own, admins every one, nobody else.</summary>
public abstract class WalletAuthorizationTests(KnowledgePayApp app) : WalletTest(app)
{
    [Fact]
    public async Task ShowsAWalletToItsOwnerAndAdminsOnly()
    {
        var owner = await SignInAsync("o_owner");
        var other = await SignInAsync("o_other");
        var admin = await AdminAsync();
        await PaidTopUpAsync(owner, 1000);
        var walletQuery = $$"""query($userId: ID!) { wallet(userId: $userId) { {{WalletFields}} } }""";
        var walletsQuery = "{ wallets(first: 10) { nodes { userId balance { fen } } } }";

        var anonymousMine = await Client.PostGraphQLAsync("{ myWallet { id } }");
        var othersMine = await other.Client.QueryAsync("{ myWallet { id } }");
        var ownerMine = await MyWalletAsync(owner);
        var learnerWallet = await owner.Client.PostGraphQLAsync(walletQuery, new { userId = owner.UserId });
        var learnerWallets = await owner.Client.PostGraphQLAsync(walletsQuery);
        var anonymousWallets = await Client.PostGraphQLAsync(walletsQuery);
        var adminWallet = await admin.Client.QueryAsync(walletQuery, new { userId = owner.UserId });
        var adminWallets = await admin.Client.QueryAsync(walletsQuery);
        var options = await Client.QueryAsync("{ topUpOptions { min { fen } max { fen } tiers { amount { fen } bonus { fen } } } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousMine.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, othersMine.GetProperty("myWallet").ValueKind);
        Assert.Equal(1000, ownerMine.GetProperty("balance").GetProperty("fen").GetInt64());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], learnerWallet.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], learnerWallets.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousWallets.ErrorCodes);
        Assert.Equal(ownerMine.GetProperty("id").GetString(), adminWallet.GetProperty("wallet").GetProperty("id").GetString());
        Assert.Single(adminWallet.GetProperty("wallet").GetProperty("entries").GetProperty("nodes").EnumerateArray());
        Assert.Equal([owner.UserId], adminWallets.Nodes("wallets").Select(w => w.GetProperty("userId").GetString()));
        Assert.Equal(100, options.GetProperty("topUpOptions").GetProperty("min").GetProperty("fen").GetInt64());
        Assert.Equal([10000L, 50000L], options.GetProperty("topUpOptions").GetProperty("tiers").EnumerateArray()
            .Select(t => t.GetProperty("amount").GetProperty("fen").GetInt64()));
    }

    [Fact]
    public async Task LetsOnlyAdminsAdjustABalanceAndAuditsItOnce()
    {
        var owner = await SignInAsync("o_owner");
        var admin = await AdminAsync();
        var adjust = "mutation($input: AdjustWalletInput!) { adjustWallet(input: $input) { wallet { id } errors { __typename } } }";
        var input = new { input = new { userId = owner.UserId, amountFen = 500, reason = "Compensation for an outage", clientKey = "adjust-key-1" } };

        var anonymous = await Client.PostGraphQLAsync(adjust, input);
        var learner = await owner.Client.PostGraphQLAsync(adjust, input);
        var first = await AdjustAsync(admin, owner.UserId, 500, "adjust-key-1", "Compensation for an outage");
        var retried = await AdjustAsync(admin, owner.UserId, 500, "adjust-key-1", "Compensation for an outage");
        var overdraw = await AdjustAsync(admin, owner.UserId, -501, "adjust-key-2");
        var anonymousTopUp = await Client.PostGraphQLAsync(
            "mutation { topUp(input: { amountFen: 1000, clientKey: \"anon-key-1\" }) { topUp { id } } }");
        var audit = await admin.Client.QueryAsync("{ auditLog(where: { action: { eq: \"WalletAdjusted\" } }) { nodes { userId changes } } }");

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], learner.ErrorCodes);
        Assert.Empty(first.PayloadErrors());
        Assert.Equal((0, 500), Pots(retried.GetProperty("wallet")));
        Assert.Equal([("ADJUSTMENT", 500L, 500L, 500L)], Entries(retried.GetProperty("wallet")));
        Assert.Equal([("InsufficientBalanceError", "WALLET_INSUFFICIENT_BALANCE")], overdraw.PayloadErrors());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymousTopUp.ErrorCodes);
        var entry = Assert.Single(audit.Nodes("auditLog"));
        Assert.Equal(admin.UserId, entry.GetProperty("userId").GetString());
        Assert.Contains("Compensation for an outage", entry.GetProperty("changes").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WalletAuthorizationTestsOnSqlite(SqliteApp app) : WalletAuthorizationTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class WalletAuthorizationTestsOnPostgreSql(PostgreSqlApp app) : WalletAuthorizationTests(app);
