using System.Text.Json;

namespace KnowledgePay.WeChatSimulator.Protocol;

internal static class JsonBody
{
    /// <summary>Reads the request body as JSON; an empty body gives <c>default</c>, malformed JSON gives <c>false</c>.</summary>
    public static async Task<(bool IsWellFormed, T? Value)> TryReadAsync<T>(
        HttpRequest request, JsonSerializerOptions options)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (true, default);
        }
        try
        {
            return (true, JsonSerializer.Deserialize<T>(text, options));
        }
        catch (JsonException)
        {
            return (false, default);
        }
    }
}
