using System.Text.RegularExpressions;
using KnowledgePay.WeChatSimulator.Client;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>Test users and the codes their phone would produce: <c>/__sim/users</c>.</summary>
internal static partial class UserControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapPost("/users", CreateUserAsync);
        control.MapGet("/users/{openid}", GetUser);
        control.MapPost("/users/{openid}/login-code", MintLoginCode);
        control.MapPost("/users/{openid}/phone-code", MintPhoneCode);
    }

    private static async Task<IResult> CreateUserAsync(HttpRequest request, UserDirectory users, MiniProgramClient phone)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<CreateUserRequest>(request, ControlResults.Json);
        if (!isWellFormed)
        {
            return ControlResults.BadRequest("The body must be JSON: {openid?, unionid?, phone?, risky?}.");
        }
        body ??= new CreateUserRequest(null, null, null, null);
        if (body.OpenId is not null && !IdentifierFormat().IsMatch(body.OpenId))
        {
            return ControlResults.BadRequest("openid must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.");
        }
        if (body.UnionId is not null && !IdentifierFormat().IsMatch(body.UnionId))
        {
            return ControlResults.BadRequest("unionid must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'.");
        }
        if (body.Phone is not null && !PhoneFormat().IsMatch(body.Phone))
        {
            return ControlResults.BadRequest("phone must be 6-15 digits without country code.");
        }
        var user = users.Register(new UserRegistration(body.OpenId, body.UnionId, body.Phone, body.Risky));
        return ControlResults.Ok(new CreatedUserResponse(user.OpenId, user.UnionId, phone.Login(user.OpenId)));
    }

    private static IResult GetUser(string openid, UserDirectory users) =>
        users.Find(openid) is { } user
            ? ControlResults.Ok(new UserResponse(user.OpenId, user.UnionId, user.PhoneNumber, user.Risky, user.SessionKey))
            : ControlResults.UnknownUser(openid);

    private static IResult MintLoginCode(string openid, UserDirectory users, MiniProgramClient phone) =>
        users.Find(openid) is null
            ? ControlResults.UnknownUser(openid)
            : ControlResults.Ok(new LoginCodeResponse(phone.Login(openid)));

    private static IResult MintPhoneCode(string openid, UserDirectory users, MiniProgramClient phone) =>
        users.Find(openid) is null
            ? ControlResults.UnknownUser(openid)
            : ControlResults.Ok(new PhoneCodeResponse(phone.TapPhoneNumberButton(openid)));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdentifierFormat();

    [GeneratedRegex("^[0-9]{6,15}$")]
    private static partial Regex PhoneFormat();
}
