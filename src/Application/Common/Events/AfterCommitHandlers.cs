using System.Reflection;
using KnowledgePay.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Common.Events;

/// <summary>
/// Every <see cref="IAfterCommitHandler{TEvent}"/> of the application, by event: the outbox stores an event only when
/// something here waits for it, and the dispatcher finds the handlers (and the event type behind a stored name) here.
/// </summary>
public sealed class AfterCommitHandlers
{
    private readonly Dictionary<Type, List<AfterCommitHandler>> _byEvent = [];
    private readonly Dictionary<string, Type> _eventsByName = new(StringComparer.Ordinal);

    private AfterCommitHandlers()
    {
    }

    /// <summary>The name an event type is stored under in the outbox.</summary>
    public static string NameOf(Type eventType) => eventType.FullName ?? eventType.Name;

    public IReadOnlyList<AfterCommitHandler> For(Type eventType) =>
        _byEvent.TryGetValue(eventType, out var handlers) ? handlers : [];

    /// <summary>The event type stored as <paramref name="name"/>; null when no handler waits for such events any more.</summary>
    public Type? EventNamed(string name) => _eventsByName.GetValueOrDefault(name);

    /// <summary>
    /// Registers the handlers found in <paramref name="assembly"/> (scoped) and adds them to the catalogue, which the first
    /// call registers.
    /// </summary>
    public static void Register(IServiceCollection services, Assembly assembly)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(AfterCommitHandlers))?.ImplementationInstance
            is not AfterCommitHandlers catalogue)
        {
            catalogue = new AfterCommitHandlers();
            services.AddSingleton(catalogue);
        }

        var handlers = assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAfterCommitHandler<>))
                .Select(i => (Handler: type, Event: i.GetGenericArguments()[0])));
        foreach (var (handler, eventType) in handlers)
        {
            services.AddScoped(handler);
            catalogue.Add(eventType, handler);
        }
    }

    private void Add(Type eventType, Type handlerType)
    {
        var invoke = typeof(AfterCommitHandlers)
            .GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(eventType, handlerType)
            .CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>>();
        if (!_byEvent.TryGetValue(eventType, out var handlers))
        {
            _byEvent[eventType] = handlers = [];
        }

        handlers.Add(new AfterCommitHandler(handlerType.FullName ?? handlerType.Name, invoke));
        _eventsByName[NameOf(eventType)] = eventType;
    }

    private static ValueTask InvokeAsync<TEvent, THandler>(
        IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
        where THandler : IAfterCommitHandler<TEvent> =>
        services.GetRequiredService<THandler>().HandleAsync((TEvent)domainEvent, cancellationToken);
}
