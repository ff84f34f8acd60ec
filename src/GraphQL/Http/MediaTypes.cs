using Microsoft.Net.Http.Headers;

namespace KnowledgePay.GraphQL.Http;

internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";
    public const string PlainText = "text/plain; charset=utf-8";

    /// <summary>
    /// The response media type the <c>Accept</c> header allows: graphql-response+json when the client names it (and
    /// prefers it at least as much as application/json), else application/json, which is also the answer to a missing
    /// <c>Accept</c> or a wildcard, as GraphQL over HTTP asks for clients from before graphql-response+json;
    /// <see langword="null"/> when it accepts neither.
    /// </summary>
    public static string? SelectResponseType(IList<MediaTypeHeaderValue> accepted)
    {
        if (accepted.Count == 0)
        {
            return Json;
        }

        var graphQLResponse = accepted
            .Where(range => range.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
            .Select(QualityOf)
            .DefaultIfEmpty(0)
            .Max();
        var json = accepted.Where(range => Covers(range, "application/json")).Select(QualityOf).DefaultIfEmpty(0).Max();
        return graphQLResponse > 0 && graphQLResponse >= json ? GraphQLResponse
            : json > 0 ? Json
            : null;
    }

    public static bool AcceptsHtml(IList<MediaTypeHeaderValue> accepted) =>
        accepted.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>JSON request bodies: application/json, with no charset or UTF-8.</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (mediaType.Charset.Length == 0 || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static double QualityOf(MediaTypeHeaderValue range) => range.Quality ?? 1;

    // Both candidates are application/* types; parameters such as charset do not narrow a range here.
    private static bool Covers(MediaTypeHeaderValue range, string mediaType) =>
        range.MatchesAllTypes
        || (range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
        || range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
