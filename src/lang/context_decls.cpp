// context_decls.cpp: declares package context for the checker (its natives: vm_context.cpp).
//
// Its signatures name `<-chan struct{}` and the Context interface itself, which the
// signature reader of library_decls.cpp does not read, so they are built here by hand.
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "lang/types.h"

namespace golab {

namespace {

using Params = std::vector<std::pair<std::string, const Type*>>;

Type* signature(TypeTable& types, const Params& params, const Params& results) {
    Type* t = types.make(Kind::Func);
    for (const auto& [name, type] : params) {
        t->param_names.push_back(name);
        t->params.push_back(type);
    }
    for (const auto& [name, type] : results) {
        t->result_names.push_back(name);
        t->results.push_back(type);
    }
    return t;
}

} // namespace

void Universe::add_context() {
    Package& p = library_package("context");
    const Type* boolean = types_.basic(Kind::Bool);
    const Type* any = types_.empty_interface();
    const Type* error = types_.error_type();
    const Type* done_chan = types_.chan_of(types_.make(Kind::Struct), 2); // <-chan struct{}
    auto declare_type = [&](const std::string& name, const Type* underlying) {
        Type* t = types_.make(Kind::Named);
        t->name = "context." + name;
        t->underlying = underlying;
        types_.add_library_type(t);
        if (std::isupper(static_cast<unsigned char>(name[0]))) {
            Entity* o = make_object(ObjKind::TypeName, name);
            o->type = t;
            p.members[name] = o;
        }
        return t;
    };

    // The interface, its methods in Go's (sorted) order.
    const Type* deadline_sig =
        signature(types_, {}, {{"deadline", types_.time()}, {"ok", boolean}});
    const Type* done_sig = signature(types_, {}, {{"", done_chan}});
    const Type* err_sig = signature(types_, {}, {{"", error}});
    const Type* value_sig = signature(types_, {{"key", any}}, {{"", any}});
    Type* iface = types_.make(Kind::Interface);
    iface->methods = {Method{"Deadline", deadline_sig}, Method{"Done", done_sig},
                      Method{"Err", err_sig}, Method{"Value", value_sig}};
    const Type* context = declare_type("Context", iface);
    const Type* cancel_func = declare_type("CancelFunc", signature(types_, {}, {}));

    // The types of the contexts package context makes: the VM holds each in a ContextObject,
    // so they have no fields, and every one has the same natives (%T tells them apart).
    const Type* string = types_.basic(Kind::String);
    for (const char* name : {"emptyCtx", "cancelCtx", "timerCtx", "valueCtx"}) {
        Type* t = declare_type(name, types_.make(Kind::Struct));
        t->methods = {
            Method{"Deadline", deadline_sig, int(NativeId::ContextDeadline), true},
            Method{"Done", done_sig, int(NativeId::ContextDone), true},
            Method{"Err", err_sig, int(NativeId::ContextErr), true},
            Method{"String", signature(types_, {}, {{"", string}}), int(NativeId::ContextString),
                   true},
            Method{"Value", value_sig, int(NativeId::ContextValue), true},
        };
        t->go_methods = {"Deadline", "Done", "Err", "String", "Value"};
    }
    Type* exceeded = declare_type("deadlineExceededError", types_.make(Kind::Struct));
    exceeded->methods = {
        Method{"Error", signature(types_, {}, {{"", string}}), int(NativeId::DeadlineExceededError),
               false},
        Method{"Temporary", signature(types_, {}, {{"", boolean}}),
               int(NativeId::DeadlineExceededTemporary), false},
        Method{"Timeout", signature(types_, {}, {{"", boolean}}),
               int(NativeId::DeadlineExceededTimeout), false},
    };
    exceeded->go_methods = {"Error", "Temporary", "Timeout"};

    // The functions and the two errors.
    const Params made = {{"ctx", context}, {"cancel", cancel_func}};
    const Params made_unnamed = {{"", context}, {"", cancel_func}};
    add_native(p, "Background", NativeId::ContextBackground)->type =
        signature(types_, {}, {{"", context}});
    add_native(p, "TODO", NativeId::ContextTODO)->type = signature(types_, {}, {{"", context}});
    add_native(p, "WithCancel", NativeId::ContextWithCancel)->type =
        signature(types_, {{"parent", context}}, made);
    add_native(p, "WithDeadline", NativeId::ContextWithDeadline)->type =
        signature(types_, {{"parent", context}, {"d", types_.time()}}, made_unnamed);
    add_native(p, "WithTimeout", NativeId::ContextWithTimeout)->type =
        signature(types_, {{"parent", context}, {"timeout", types_.duration()}}, made_unnamed);
    add_native(p, "WithValue", NativeId::ContextWithValue)->type =
        signature(types_, {{"parent", context}, {"key", any}, {"val", any}}, {{"", context}});
    for (auto [name, id] : {std::pair{"Canceled", NativeId::ContextCanceled},
                            std::pair{"DeadlineExceeded", NativeId::ContextDeadlineExceeded}}) {
        Entity* o = make_object(ObjKind::Var, name);
        o->native = int(id);
        o->type = error;
        p.members[name] = o;
    }
}

} // namespace golab
