using System.Text.Encodings.Web;
using Microsoft.Extensions.FileProviders;

namespace KnowledgePay.GraphQL.Http;

/// <summary>
/// The Banana Cake Pop IDE, self-hosted from the files GraphQL.csproj copies out of its npm package
/// into <see cref="FolderName"/> beside the app.
/// </summary>
internal sealed class BananaCakePop
{
    public const string FolderName = "BananaCakePop";

    private readonly Lazy<string> _indexHtml = new(() => File.ReadAllText(System.IO.Path.Combine(Folder, "index.html")));

    public static string Folder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, FolderName);

    public static IFileProvider OpenFiles() =>
        Directory.Exists(Folder)
            ? new PhysicalFileProvider(Folder)
            : throw new InvalidOperationException(
                $"Banana Cake Pop is missing from {Folder}; building src/GraphQL installs it with npm.");

    /// <summary>
    /// The IDE page for <c>GET /graphql</c>; its asset links are relative, so a base element anchors them under
    /// <c>/graphql/</c>, where the IDE also fetches <c>bcp-config.json</c>.
    /// </summary>
    public async Task WriteIndexAsync(HttpContext context)
    {
        var baseHref = HtmlEncoder.Default.Encode($"{context.Request.PathBase}{GraphQLHttpEndpoint.Path}/");
        context.Response.ContentType = MediaTypes.Html;
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(
            _indexHtml.Value.Replace("<head>", $"<head><base href=\"{baseHref}\">", StringComparison.Ordinal),
            context.RequestAborted);
    }

    /// <summary>The preset the IDE loads on start: our endpoint, and no telemetry leaving the machine.</summary>
    public static IResult Config(HttpRequest request) => Results.Json(new
    {
        endpoint = $"{request.PathBase}{GraphQLHttpEndpoint.Path}",
        useBrowserUrlAsEndpoint = true,
        disableTelemetry = true,
        includeCookies = false,
    });
}
