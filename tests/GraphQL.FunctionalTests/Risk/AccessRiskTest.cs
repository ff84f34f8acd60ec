using System.Net;
using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>Clients that come from a chosen address and device, as the access rules see them, and the flags they raise.</summary>
public abstract class AccessRiskTest(KnowledgePayApp app) : LearningTest(app), IAsyncLifetime
{
    public const string LoginWithProofMutation = """
        mutation($code: String!, $phoneCode: String) {
          login(input: { code: $code, phoneCode: $phoneCode }) {
            accessToken refreshToken
            me { id phoneNumber }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    private readonly List<HttpClient> _devices = [];

    /// <summary>A client whose requests come from <paramref name="address"/> and name <paramref name="deviceId"/> in X-Device-Id.</summary>
    protected HttpClient Device(string address, string? deviceId, string? accessToken = null)
    {
        var client = new HttpClient(App.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(address)))
        {
            BaseAddress = App.Server.BaseAddress,
        };
        if (deviceId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Device-Id", deviceId);
        }

        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        }

        _devices.Add(client);
        return client;
    }

    /// <summary>Plays wx.login for <paramref name="openId"/> and sends its code (and a phone proof, if given) from <paramref name="device"/>.</summary>
    protected async Task<JsonElement> LoginFromAsync(HttpClient device, string openId, string? phoneCode = null)
    {
        var (_, code) = await App.WeChat.LoginCodeAsync(openId);
        return (await device.QueryAsync(LoginWithProofMutation, new { code, phoneCode })).GetProperty("login");
    }

    /// <summary>Signs in from the address and device, and returns a client on them that sends the access token.</summary>
    protected async Task<HttpClient> SignedInDeviceAsync(string openId, string address, string? deviceId)
    {
        var login = await LoginFromAsync(Device(address, deviceId), openId);
        Assert.Empty(login.PayloadErrors());
        return Device(address, deviceId, login.GetProperty("accessToken").GetString());
    }

    /// <summary>Changes rows directly, as the review queue (another part of the API) or an earlier binding would have.</summary>
    protected Task ChangeAsync(Func<IApplicationDbContext, Task> change) =>
        App.ReadAsync(async db =>
        {
            await change(db);
            return await db.SaveChangesAsync(CancellationToken.None);
        });

    /// <summary>Every flag raised, oldest first.</summary>
    protected Task<List<RiskFlag>> FlagsAsync() =>
        App.ReadAsync(db => db.RiskFlags.AsNoTracking().OrderBy(f => f.RaisedAt).ToListAsync());

    protected Task<Guid> UserIdAsync(string openId) =>
        App.ReadAsync(db => db.Users.Where(u => u.OpenId == openId).Select(u => u.Id).SingleAsync());

    /// <summary>Login limits per address count per real minute; a scripted burst longer than that starts them afresh.</summary>
    protected void RestartLoginThrottle() => App.Services.GetRequiredService<ResettableLoginThrottle>().Reset();

    /// <summary>Re-implemented (IAsyncLifetime above) so the devices go too.</summary>
    public new Task DisposeAsync()
    {
        _devices.ForEach(client => client.Dispose());
        return base.DisposeAsync();
    }
}
