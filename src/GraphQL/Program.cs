using KnowledgePay.Application;
using KnowledgePay.GraphQL;
using KnowledgePay.GraphQL.Dashboard;
using KnowledgePay.GraphQL.Http;
using KnowledgePay.GraphQL.Identity;
using KnowledgePay.GraphQL.Learning;
using KnowledgePay.GraphQL.Payments;
using KnowledgePay.GraphQL.Privacy;
using KnowledgePay.GraphQL.RateLimiting;
using KnowledgePay.GraphQL.Sharing;
using KnowledgePay.GraphQL.WeChat;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Infrastructure.Hosting;
using KnowledgePay.Infrastructure.Telemetry;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddEmbeddedWeChatSimulator();
    builder.AddApplicationServices();
    builder.AddInfrastructureServices();
    builder.AddTelemetry();
    builder.AddGraphQLServices();

    var app = builder.Build();
    await app.Services.InitialiseDatabaseAsync();
    app.UseForwardedHeaders();
    app.UseGraphQLIdentity();
    app.UseHttpRateLimits();
    app.MapEmbeddedWeChatSimulator();
    app.MapGraphQLEndpoint();
    app.MapOperatorDashboard();
    app.MapPaymentNotificationEndpoint();
    app.MapMessagePushEndpoint();
    app.MapLessonMediaEndpoint();
    app.MapShareCodeEndpoint();
    app.MapDataExportEndpoint();
    app.MapHealthEndpoints();
    app.MapTelemetryEndpoints();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartRefusedException.Within(exception) is { } refusal)
{
    // A configuration the server must not run with: say why and stop, without a crash dump.
    await Console.Error.WriteLineAsync(refusal.Message);
    return 1;
}

public partial class Program;
