using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Protocol;

/// <summary>
/// WeChat answers every API call with HTTP 200 and a JSON body; errors carry errcode/errmsg with a request id.
/// Own serializer options keep the wire format independent of the host's JSON settings when mounted in-process.
/// </summary>
internal static class WeChatResults
{
    public static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Ok<TResponse>(TResponse response) => Results.Json(response, Json);

    public static IResult Error(WeChatError error) =>
        Results.Json(error with { ErrMsg = $"{error.ErrMsg} rid: {RandomText.RequestId()}" }, Json);
}
