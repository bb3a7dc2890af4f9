#!/usr/bin/env escript
%% eng/rabbitmq-plugins.escript PLUGINS_DIR APP...: prints the folder of each APP in PLUGINS_DIR and of every
%% application it needs (its .app file's applications and included_applications, transitively), one per line.
%% Applications that are not in PLUGINS_DIR (Erlang/OTP's own) are left out: they are on the code path anyway.
main([Dir | Roots]) ->
    Apps = maps:from_list([app(File) || File <- filelib:wildcard(filename:join([Dir, "*", "ebin", "*.app"]))]),
    Needed = needed([list_to_atom(Root) || Root <- Roots], Apps, #{}),
    [io:format("~s~n", [Folder]) || {_, Folder} <- lists:sort(maps:to_list(Needed))],
    ok.

app(File) ->
    {ok, [{application, Name, Properties}]} = file:consult(File),
    Needs = proplists:get_value(applications, Properties, []) ++ proplists:get_value(included_applications, Properties, []),
    {Name, {filename:dirname(filename:dirname(File)), Needs}}.

needed([], _, Found) -> Found;
needed([App | Rest], Apps, Found) ->
    case maps:find(App, Apps) of
        {ok, {Folder, Needs}} when not is_map_key(App, Found) -> needed(Needs ++ Rest, Apps, Found#{App => Folder});
        _ -> needed(Rest, Apps, Found)
    end.
