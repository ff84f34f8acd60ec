using System.Net.Http.Headers;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

public static class AdminClients
{
    /// <summary>Signs in on <paramref name="app"/> as its bootstrap admin; a client sending the admin's access token.</summary>
    public static async Task<HttpClient> AdminClientAsync(this KnowledgePayApp app)
    {
        var (_, code) = await app.WeChat.LoginCodeAsync(KnowledgePayApp.AdminOpenId);
        var login = (await app.Client.QueryAsync(FunctionalTest.LoginMutation, new { code })).GetProperty("login");
        var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return admin;
    }
}
