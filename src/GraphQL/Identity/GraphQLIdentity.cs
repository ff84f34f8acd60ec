using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.GraphQL.PaymentMethods;
using KnowledgePay.GraphQL.Risk;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgePay.GraphQL.Identity;

public static class GraphQLIdentity
{
    /// <summary>
    /// Bearer authentication with the access tokens Infrastructure issues (issuer, audience, lifetime and signing key
    /// checked; 30 s clock skew: the <see cref="TokenValidationParameters"/> registered by AddInfrastructureServices;
    /// then the token's session must still be open, <see cref="OpenSessionCheck"/>), and the request's
    /// <see cref="ICurrentUser"/>.
    /// </summary>
    public static IHostApplicationBuilder AddGraphQLIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpContextCurrentUser>();
        services.AddScoped<IClientPlatform, HttpClientPlatform>();
        services.AddScoped<IClientOrigin, HttpClientOrigin>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents { OnTokenValidated = OpenSessionCheck.RejectEndedSessionAsync };
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenValidationParameters>((options, parameters) => options.TokenValidationParameters = parameters);
        return builder;
    }

    /// <summary>Authenticates each request's bearer token; call before mapping <c>/graphql</c>.</summary>
    public static IApplicationBuilder UseGraphQLIdentity(this IApplicationBuilder app) => app.UseAuthentication();
}
