using FluentValidation;
using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Application.Campaigns;
using KnowledgePay.Application.Comments;
using KnowledgePay.Application.Common.Behaviors;
using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Coupons;
using KnowledgePay.Application.Experiments;
using KnowledgePay.Application.Experiments.Assignment;
using KnowledgePay.Application.GroupBuying;
using KnowledgePay.Application.Identity;
using KnowledgePay.Application.Learning;
using KnowledgePay.Application.Memberships;
using KnowledgePay.Application.Messaging;
using KnowledgePay.Application.Moderation;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Application.Recommendations;
using KnowledgePay.Application.Reviews;
using KnowledgePay.Application.Risk.Access;
using KnowledgePay.Application.Sales;
using KnowledgePay.Application.Segments.Propensity;
using KnowledgePay.Application.Segments.Refreshing;
using KnowledgePay.Application.Wallets;
using KnowledgePay.Domain.Common;
using Mapster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Application;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Entity), typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(TracingBehavior<,>), typeof(LoggingBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>),
                typeof(RetryOnConflictBehavior<,>),
            ];
        });
        services.AddScoped<ConflictRetryScope>();
        // Validators hold no state and are costly to build (rule trees), so one instance serves every request.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        AfterCommitHandlers.Register(services, typeof(DependencyInjection).Assembly);
        TypeAdapterConfig.GlobalSettings.Scan(typeof(DependencyInjection).Assembly);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AnalyticsPeriods>();
        services.AddScoped<ICourseProgress, CourseProgress>();
        services.AddSingleton<LessonOpeningRecorder>();
        services.AddScoped<IMemberPriceSource, MemberPriceSource>();
        services.AddOrderServices();
        services.AddScoped<ICouponTermsSource, CouponTermsSource>();
        services.AddScoped<ISalePriceSource, SalePriceSource>();
        services.AddScoped<IGroupPriceSource, GroupPriceSource>();
        services.AddScoped<ContentScreening>();
        services.AddScoped<IModeratedContentSource, ReviewContentSource>();
        services.AddScoped<ModeratedContents>();
        services.AddScoped<IModeratedContentSource, CommentContentSource>();
        services.AddScoped<IModeratedContentSource, NicknameContentSource>();
        services.AddSingleton<SubscriptionTemplates>();
        services.AddScoped<SubscriptionMessageRequests>();
        services.AddScoped<SubscriptionMessageDelivery>();
        services.AddScoped<SegmentRefresher>();
        services.AddSingleton<PropensityTraining>();
        services.AddScoped<CampaignEnrolling>();
        services.AddScoped<ITargetedPriceSource, PersonalPriceSource>();
        PersonalDataSections.Register(services, typeof(DependencyInjection).Assembly);
        services.AddScoped<SignInSignals>();
        services.AddScoped<StepUpLogins>();
        services.AddScoped<StreamGate>();
        return builder;
    }

    /// <summary>The payment steps that several order commands share; scoped like the DbContext they work through.</summary>
    private static void AddOrderServices(this IServiceCollection services)
    {
        services.AddScoped<PaymentGateways>();
        services.AddScoped<PaymentSettlement>();
        services.AddSingleton<SettlementsInProgress>();
        services.AddScoped<RefundSettlement>();
        services.AddScoped<PaymentFollowUp>();
        services.AddScoped<RefundIssuing>();
        services.AddScoped<Pricer>();
        services.AddSingleton<ExposureLog>();
        services.AddScoped<ExperimentAssigner>();
        services.AddScoped<ITargetedPriceSource, ExperimentPriceSource>();
        services.AddScoped<IRecommenderSettingsSource, ExperimentRecommenderSettings>();
        services.AddScoped<IRecommenderAlgorithmsUnderTest, ExperimentRecommenderAlgorithms>();
        services.AddScoped<PaymentMethodPolicy>();

        // The balance is a payment provider over our own database, beside the WeChat ones Infrastructure registers.
        services.AddScoped<IPaymentGateway, BalancePaymentGateway>();
    }
}
