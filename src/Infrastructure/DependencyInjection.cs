using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Campaigns;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Identity;
using KnowledgePay.Application.Messaging;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Application.Privacy;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Application.Profiles;
using KnowledgePay.Application.Referrals;
using KnowledgePay.Application.Risk;
using KnowledgePay.Application.Risk.Access;
using KnowledgePay.Application.Sharing;
using KnowledgePay.Application.Wallets;
using KnowledgePay.Infrastructure.BackgroundJobs;
using KnowledgePay.Infrastructure.Caching;
using KnowledgePay.Infrastructure.Cluster;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Infrastructure.Data.Interceptors;
using KnowledgePay.Infrastructure.Data.Providers;
using KnowledgePay.Infrastructure.Media;
using KnowledgePay.Infrastructure.Outbox;
using KnowledgePay.Infrastructure.PaymentMethods;
using KnowledgePay.Infrastructure.Privacy;
using KnowledgePay.Infrastructure.RateLimiting;
using KnowledgePay.Infrastructure.Recommendations;
using KnowledgePay.Infrastructure.Redis;
using KnowledgePay.Infrastructure.Security;
using KnowledgePay.Infrastructure.Segments;
using KnowledgePay.Infrastructure.Storage;
using KnowledgePay.Infrastructure.WeChat;
using KnowledgePay.Infrastructure.WeChat.ContentSecurity;
using KnowledgePay.Infrastructure.WeChat.MiniProgramCodes;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.Infrastructure.WeChat.SubscriptionMessages;
using KnowledgePay.Infrastructure.WeChat.VirtualPayment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c> as <see cref="AppDbContext"/> and
    /// <see cref="IApplicationDbContext"/>. Configuration is read when the container first needs it, so hosts and
    /// test factories may still change it after this call.
    /// </summary>
    public static IHostApplicationBuilder AddInfrastructureServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => DatabaseOptions.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddProviderContext<SqliteAppDbContext>(SqliteAppDbContext.Use);
        services.AddProviderContext<PostgreSqlAppDbContext>(PostgreSqlAppDbContext.Use);
        services.AddProviderContext<SqlServerAppDbContext>(SqlServerAppDbContext.Use);
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseOptions>().Provider switch
        {
            DatabaseProvider.Sqlite => sp.GetRequiredService<SqliteAppDbContext>(),
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgreSqlAppDbContext>(),
            DatabaseProvider.SqlServer => sp.GetRequiredService<SqlServerAppDbContext>(),
            var provider => throw new ArgumentOutOfRangeException(nameof(builder), provider, null),
        });
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        // Order matters: dispatch publishes and stores the events (also those its handlers raise), auditing then
        // records them all and clears them.
        services.AddSingleton<IInterceptor, DispatchDomainEventsInterceptor>();
        services.AddSingleton<IInterceptor, AuditingInterceptor>();
        services.AddOutbox();
        services.AddOptions<OrderOptions>().BindConfiguration(OrderOptions.SectionName);
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), $"{AnalyticsOptions.SectionName}:TimeZone is not an IANA time zone.")
            .ValidateOnStart();
        services.AddOptions<PaymentMethodOptions>().BindConfiguration(PaymentMethodOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PaymentMethodOptions>, PaymentMethodOptionsValidator>();
        services.AddOptions<WalletOptions>().BindConfiguration(WalletOptions.SectionName);
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.SectionName);
        services.AddOptions<OrderSweepOptions>().BindConfiguration(OrderSweepOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<OrderSweepService>();
        services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.SectionName);
        services.AddOptions<RefundAbuseOptions>().BindConfiguration(RefundAbuseOptions.SectionName);
        services.AddOptions<UnknownOrderNotificationOptions>().BindConfiguration(UnknownOrderNotificationOptions.SectionName);
        services.AddOptions<CampaignSweepOptions>().BindConfiguration(CampaignSweepOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<CampaignSweepService>();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PrivacySweepOptions>().BindConfiguration(PrivacySweepOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<PrivacySweepService>();
        services.AddOptions<AccessRiskOptions>().BindConfiguration(AccessRiskOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RiskSignalSweepOptions>().BindConfiguration(RiskSignalSweepOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<RiskSignalSweepService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        builder.AddRedis();
        builder.AddCatalogCache();
        builder.AddClusterServices();
        builder.AddRateLimits();
        builder.AddIdentityServices();
        builder.AddWeChatServices();
        builder.AddMediaServices();
        builder.AddRecommendationServices();
        builder.AddSegmentServices();
        builder.AddPrivacyServices();
        return builder;
    }

    /// <summary>
    /// Access tokens (<c>Identity:Jwt:*</c>) and the open-session check behind them, secrets at rest (<c>Identity:EncryptionKey</c>),
    /// phone numbers at rest (that key and the blind-index key <c>Identity:PhoneIndexKey</c>), refresh tokens, the per-openid login
    /// throttle and the bootstrap admins (<c>Identity:BootstrapAdminOpenIds</c>). The host's bearer authentication takes the registered <see cref="Microsoft.IdentityModel.Tokens.TokenValidationParameters"/>.
    /// </summary>
    private static void AddIdentityServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHostedService<ServerKeysStartupCheck>();
        services.AddOptions<AdminBootstrapOptions>().BindConfiguration(AdminBootstrapOptions.SectionName);
        services.AddOptions<ProfileOptions>().BindConfiguration(ProfileOptions.SectionName);
        services.AddSingleton(sp => AccessTokenSettings.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp => sp.GetRequiredService<AccessTokenSettings>().ValidationParameters());
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddMemoryCache();
        services.AddSingleton<ISessionStatus, CachedSessionStatus>();
        services.AddSingleton<ISecretProtector>(sp => new AesGcmSecretProtector(ServerKeys.Load(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), ServerKeys.Encryption)));
        services.AddSingleton<IPhoneNumberProtector>(sp => new PhoneNumberProtector(sp.GetRequiredService<ISecretProtector>(), ServerKeys.Load(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), ServerKeys.PhoneIndex)));
        services.AddSingleton<IRefreshTokenSecrets, RefreshTokenSecrets>();
        services.AddSingleton<ILoginThrottle, LoginThrottle>();
        services.AddSingleton<IRedeemCodeThrottle, RedeemCodeThrottle>();
    }

    /// <summary>
    /// The WeChat adapters over two named HttpClients (section <c>WeChat</c>): one that never repeats a call (code2Session
    /// and getPhoneNumber spend one-time codes) and one for stable_token, which may. Request URLs carry the AppSecret or the
    /// access token, so the client has no logging handlers and the HttpClient log categories stay at Warning. WeChat Pay
    /// (section <c>WeChatPay</c>) and Virtual Payment (sections <c>WeChat:VirtualPayment</c>, <c>WeChat:MessagePush</c>) join
    /// when configured; Virtual Payment's APIs are idempotent on order and refund numbers, so its client repeats them.
    /// </summary>
    private static void AddWeChatServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.SectionName).ValidateDataAnnotations();
        services.AddWeChatHttpClient(WeChatHttp.ClientName, retry: false);
        services.AddWeChatHttpClient(WeChatHttp.StableTokenClientName, retry: true);
        services.AddSingleton<SharedAccessTokenStore>();
        services.AddSingleton<StableAccessTokenCache>();
        services.AddSingleton<IWeChatAuth, WeChatAuthClient>();
        services.AddSingleton<IWeChatPhoneNumbers, WeChatPhoneNumberClient>();
        services.AddSingleton<IShippingInfoUploader, WeChatShippingInfoUploader>();
        services.AddSingleton<IContentSecurityCheck, WeChatContentSecurityCheck>();
        services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMiniProgramCodes, WeChatMiniProgramCodes>();
        services.AddOptions<MiniProgramCodeOptions>().BindConfiguration(MiniProgramCodeOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ShippingOptions>().BindConfiguration(ShippingOptions.SectionName);
        services.AddOptions<SubscriptionMessageOptions>().BindConfiguration(SubscriptionMessageOptions.SectionName);
        services.AddSingleton<ISubscriptionMessageSender, WeChatSubscriptionMessageSender>();
        services.AddWeChatPay(builder.Configuration);
        services.AddWeChatHttpClient(VirtualPaymentApiClient.HttpClientName, retry: true);
        services.AddVirtualPayment(builder.Configuration);
    }

    private static void AddWeChatHttpClient(this IServiceCollection services, string name, bool retry) =>
        services.AddHttpClient(name, (sp, client) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<WeChatOptions>>().Value.ApiBaseUrl.AbsoluteUri;
                client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers()
            .AddResilienceHandler(name, (pipeline, context) => WeChatResilience.Configure(
                pipeline, context.ServiceProvider.GetRequiredService<IOptions<WeChatOptions>>().Value, retry));

    /// <summary>
    /// Signed, short-lived links to lesson media (<c>Media:SigningKey</c>, <c>Media:UrlLifetime</c>), and the CDN URL
    /// authentication of where they lead (section <c>Media:Cdn</c>).
    /// </summary>
    private static void AddMediaServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => MediaUrlSettings.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<IMediaUrlSigner, HmacMediaUrlSigner>();
        services.AddOptions<MediaCdnOptions>().BindConfiguration(MediaCdnOptions.SectionName);
        services.AddSingleton(sp => MediaCdnSettings.From(
            sp.GetRequiredService<IOptions<MediaCdnOptions>>().Value,
            sp.GetRequiredService<MediaUrlSettings>(),
            sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<IMediaOriginUrlSigner, TencentCdnTypeAUrlSigner>();
    }

    /// <summary>
    /// Data exports (section <c>Privacy</c>): archives encrypted under <c>Identity:EncryptionKey</c> in the data folder's
    /// <c>data-exports</c>, and download links signed with a key derived from it; the privacy sweep deletes spent archives.
    /// </summary>
    private static void AddPrivacyServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DataExportOptions>().BindConfiguration(DataExportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDataExportStore>(sp => new FileSystemDataExportStore(
            Path.Combine(DataFolder.Prepare(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()), "data-exports"),
            sp.GetRequiredService<ISecretProtector>()));
        services.AddSingleton<IDataExportLinks>(sp => new HmacDataExportLinks(
            ServerKeys.Load(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), ServerKeys.Encryption),
            sp.GetRequiredService<IOptions<DataExportOptions>>()));
    }

    /// <summary>Delivery of stored domain events to after-commit handlers (section <c>Outbox</c>).</summary>
    private static void AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
    }

    private static void AddProviderContext<TContext>(
        this IServiceCollection services, Action<DbContextOptionsBuilder, string> useProvider)
        where TContext : AppDbContext =>
        services.AddDbContext<TContext>((sp, options) =>
        {
            useProvider(options, sp.GetRequiredService<DatabaseOptions>().ConnectionString);
            options.AddInterceptors(sp.GetServices<IInterceptor>());
        }, ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);
}
