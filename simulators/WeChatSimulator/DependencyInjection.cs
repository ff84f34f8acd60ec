using KnowledgePay.WeChatSimulator.Calls;
using KnowledgePay.WeChatSimulator.Client;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Endpoints.Control;
using KnowledgePay.WeChatSimulator.Endpoints.WeChat;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgePay.WeChatSimulator;

/// <summary>Hosts the simulator standalone (Program.cs) or inside another ASP.NET Core app.</summary>
public static class DependencyInjection
{
    /// <summary>Registers the simulator's in-memory state, bound to the <c>WeChatSimulator</c> configuration section.</summary>
    public static IServiceCollection AddWeChatSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeChatSimulatorOptions>()
            .Bind(configuration.GetSection(WeChatSimulatorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSimulatorState<SimulatedClock>();
        services.AddSimulatorState<UpstreamCallLog>();
        services.AddSimulatorState<FaultQueue<WeChatError>>();
        services.AddSimulatorState<UserDirectory>();
        services.AddSimulatorState<LoginCodes>();
        services.AddSimulatorState<PhoneCodes>();
        services.AddSimulatorState<UserRateLimiter>();
        services.AddSimulatorState<StableAccessTokens>();
        services.AddSingleton<MiniProgramClient>();
        return services;
    }

    /// <summary>
    /// Maps the WeChat API paths and the <c>/__sim</c> control endpoints under <paramref name="prefix"/>
    /// (empty for a standalone host). Control endpoints are for development and tests only.
    /// </summary>
    public static RouteGroupBuilder MapWeChatSimulator(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        var simulator = endpoints.MapGroup(prefix);
        Code2SessionEndpoint.Map(simulator);
        StableTokenEndpoint.Map(simulator);
        PhoneNumberEndpoint.Map(simulator);
        CheckSessionEndpoint.Map(simulator);

        var control = simulator.MapGroup("/__sim");
        UserControlEndpoints.Map(control);
        ClockControlEndpoints.Map(control);
        FaultControlEndpoints.Map(control);
        InspectionEndpoints.Map(control);
        return simulator;
    }

    private static void AddSimulatorState<TState>(this IServiceCollection services)
        where TState : class, ISimulatorState
    {
        services.AddSingleton<TState>();
        services.AddSingleton<ISimulatorState>(provider => provider.GetRequiredService<TState>());
    }
}
