using FluentValidation;
using KnowledgePay.Application.Common.Behaviors;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Learning;
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
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
                [typeof(LoggingBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        // Validators hold no state and are costly to build (rule trees), so one instance serves every request.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        TypeAdapterConfig.GlobalSettings.Scan(typeof(DependencyInjection).Assembly);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ICourseProgress, CourseProgress>();
        return builder;
    }
}
