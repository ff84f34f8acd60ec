using KnowledgePay.Application.Identity;
using KnowledgePay.GraphQL.WeChat;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace KnowledgePay.GraphQL.Dashboard;

/// <summary>
/// The operator dashboard at <c>/admin</c>: static pages (copied by GraphQL.csproj from <c>Dashboard/Site</c>, with
/// Apache ECharts from npm) that sign in and read the analytics through <c>/graphql</c> like any other client.
/// </summary>
public static class OperatorDashboard
{
    public const string Path = "/admin";

    private static string Folder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Dashboard");

    /// <summary>Maps the pages, and <c>/admin/config.json</c>: whether a demo admin can sign in through the simulator here.</summary>
    public static WebApplication MapOperatorDashboard(this WebApplication app)
    {
        var files = Directory.Exists(Folder)
            ? new PhysicalFileProvider(Folder)
            : throw new InvalidOperationException($"The dashboard is missing from {Folder}; building src/GraphQL copies it.");

        // The pages link their scripts relatively, so /admin must become /admin/ (routing would match both to one endpoint).
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value == Path)
            {
                context.Response.Redirect($"{context.Request.PathBase}{Path}/");
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.MapGet($"{Path}/config.json", (HttpRequest request, IConfiguration configuration, IOptions<AdminBootstrapOptions> admins) =>
        {
            var demoAdmin = EmbeddedWeChatSimulator.IsEmbedded(configuration) ? admins.Value.BootstrapAdminOpenIds.FirstOrDefault() : null;
            return Results.Json(new
            {
                graphQL = $"{request.PathBase}{Http.GraphQLHttpEndpoint.Path}",
                demoAdminOpenId = demoAdmin,
                simulatorUsers = demoAdmin is null ? null : $"{request.PathBase}{EmbeddedWeChatSimulator.PathPrefix}/__sim/users",
            });
        });
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = Path, FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = Path,
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
