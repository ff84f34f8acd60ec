using System.Net.Http.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Hosting;

/// <summary>The README's login and purchase against the embedded simulator, on the port the host was told to listen on.</summary>
public sealed class EmbeddedSimulatorTests(DevelopmentHost development) : IClassFixture<DevelopmentHost>
{
    [Fact]
    public async Task LogsInThroughTheEmbeddedSimulatorWhenListeningOnAPortOtherThan5080()
    {
        Assert.NotEqual(5080, development.Host.BaseAddress.Port);

        var accessToken = await development.LogInAsync("o_demo_admin");

        using var client = development.Client(accessToken);
        var me = await client.QueryAsync("{ me { roles } }");
        Assert.Contains("ADMIN", me.GetProperty("me").GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task MarksTheOrderPaidFromTheSimulatorsNotificationWhenListeningOnAPortOtherThan5080()
    {
        using var client = development.Client(await development.LogInAsync("o_demo_buyer"));
        var courses = await client.QueryAsync("{ courses(first: 1, where: { price: { gt: 0 } }) { nodes { id } } }");
        var courseId = courses.Nodes("courses").Single().GetProperty("id").GetString();
        var created = await client.QueryAsync(
            "mutation($courseId: ID!) { createOrder(input: { lines: [{ courseId: $courseId }], clientKey: \"k-host-0001\" }) { order { id number } errors { __typename } } }",
            new { courseId });
        var order = created.GetProperty("createOrder").GetProperty("order");
        var orderId = order.GetProperty("id").GetString();
        var checkout = await client.QueryAsync(
            "mutation($orderId: ID!) { checkout(input: { orderId: $orderId }) { payment { ... on WeChatPayParameters { package } } errors { __typename } } }",
            new { orderId });
        Assert.StartsWith("prepay_id=", checkout.GetProperty("checkout").GetProperty("payment").GetProperty("package").GetString());

        using var pay = await client.PostAsJsonAsync(
            "wechat-sim/__sim/pay", new { out_trade_no = order.GetProperty("number").GetString(), outcome = "SUCCESS" });
        pay.EnsureSuccessStatusCode();

        // Only the notification, posted by the simulator to the notify URL, settles the order here (no syncOrderPayment).
        var status = await StatusAsync(client, orderId);
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(30);
        while (status != "PAID" && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            status = await StatusAsync(client, orderId);
        }

        Assert.Equal("PAID", status);
    }

    [Fact]
    public async Task MarksAVirtualPaymentOrderPaidFromTheSimulatorsMessagePush()
    {
        using var client = development.Client(await development.LogInAsync("o_demo_xpay"));
        var courses = await client.QueryAsync("{ courses(first: 1, where: { price: { gt: 0 } }) { nodes { id } } }");
        var courseId = courses.Nodes("courses").Single().GetProperty("id").GetString();
        var created = await client.QueryAsync(
            "mutation($courseId: ID!) { createOrder(input: { lines: [{ courseId: $courseId }], clientKey: \"k-host-xpay-0001\" }) { order { id } errors { __typename } } }",
            new { courseId });
        var orderId = created.GetProperty("createOrder").GetProperty("order").GetProperty("id").GetString();
        var checkout = await client.QueryAsync(
            "mutation($orderId: ID!) { checkout(input: { orderId: $orderId, method: VIRTUAL_PAYMENT }) { payment { ... on VirtualPaymentParameters { signData paySig signature mode } } errors { __typename } } }",
            new { orderId });
        var payment = checkout.GetProperty("checkout").GetProperty("payment");

        using var pay = await client.PostAsJsonAsync("wechat-sim/__sim/xpay/pay", new
        {
            openid = "o_demo_xpay",
            signData = payment.GetProperty("signData").GetString(),
            paySig = payment.GetProperty("paySig").GetString(),
            signature = payment.GetProperty("signature").GetString(),
            mode = payment.GetProperty("mode").GetString(),
        });
        pay.EnsureSuccessStatusCode();

        var status = await StatusAsync(client, orderId);
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(30);
        while (status != "PAID" && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            status = await StatusAsync(client, orderId);
        }

        Assert.Equal("PAID", status);
    }

    [Fact]
    public async Task WritesKeyAndDatabaseFilesOnlyTheirOwnerCanReadWhenGeneratingThemInDevelopment()
    {
        await development.LogInAsync("o_demo_file_modes");

        var files = Directory.GetFiles(development.Host.DataFolder, "*.key").Append(Path.Combine(development.Host.DataFolder, "knowledgepay.db")).ToList();

        Assert.Contains(files, file => file.EndsWith("jwt-signing.key", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("encryption.key", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("phone-index.key", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in files)
            {
                Assert.Equal((file, UnixFileMode.UserRead | UnixFileMode.UserWrite), (file, File.GetUnixFileMode(file)));
            }
        }
    }

    private static async Task<string?> StatusAsync(HttpClient client, string? orderId) =>
        (await client.QueryAsync("query($id: ID!) { order(id: $id) { status } }", new { id = orderId }))
            .GetProperty("order").GetProperty("status").GetString();
}
