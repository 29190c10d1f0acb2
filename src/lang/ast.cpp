// ast.cpp: printing expressions the way Go's checker quotes them in errors.

#include "lang/ast.h"

namespace golab {

namespace {

void print_expr(std::string& out, const Expr* root);

void print_fields(std::string& out, const std::vector<FieldDecl>& fields) {
    for (size_t i = 0; i < fields.size(); i++) {
        if (i)
            out += ", ";
        for (size_t j = 0; j < fields[i].names.size(); j++) {
            if (j)
                out += ", ";
            out += fields[i].names[j]->name;
        }
        if (!fields[i].names.empty())
            out += " ";
        print_expr(out, fields[i].type);
    }
}

void print_list(std::string& out, const std::vector<Expr*>& list) {
    for (size_t i = 0; i < list.size(); i++) {
        if (i)
            out += ", ";
        print_expr(out, list[i]);
    }
}

// Prints what is not a chain link: print_expr handles those.
void print_other(std::string& out, const Expr* e) {
    switch (e->kind) {
    case ExprKind::Bad:
        out += "BadExpr";
        break;
    case ExprKind::Ident:
        out += static_cast<const Ident*>(e)->name;
        break;
    case ExprKind::BasicLit:
        out += static_cast<const BasicLit*>(e)->text;
        break;
    case ExprKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(e);
        print_expr(out, c->type_expr);
        out += c->elts.empty() ? "{}" : "{…}";
        break;
    }
    case ExprKind::KeyValue: {
        auto* kv = static_cast<const KeyValueExpr*>(e);
        print_expr(out, kv->key);
        out += ": ";
        print_expr(out, kv->value);
        break;
    }
    case ExprKind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(e);
        print_expr(out, f->sig);
        // Go's short form elides a body, but prints an empty one as it is.
        out += f->body && f->body->list.empty() ? " {}" : " {…}";
        break;
    }
    case ExprKind::Selector: {
        auto* s = static_cast<const SelectorExpr*>(e);
        print_expr(out, s->x);
        out += "." + s->sel->name;
        break;
    }
    case ExprKind::Index: {
        auto* ix = static_cast<const IndexExpr*>(e);
        print_expr(out, ix->x);
        out += "[";
        print_list(out, ix->indices);
        out += "]";
        break;
    }
    case ExprKind::Slice: {
        auto* s = static_cast<const SliceExpr*>(e);
        print_expr(out, s->x);
        out += "[";
        print_expr(out, s->lo);
        out += ":";
        print_expr(out, s->hi);
        if (s->three) {
            out += ":";
            print_expr(out, s->max);
        }
        out += "]";
        break;
    }
    case ExprKind::TypeAssert: {
        auto* t = static_cast<const TypeAssertExpr*>(e);
        print_expr(out, t->x);
        out += ".(";
        if (t->asserted)
            print_expr(out, t->asserted);
        else
            out += "type";
        out += ")";
        break;
    }
    case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(e);
        print_expr(out, c->fun);
        out += "(";
        print_list(out, c->args);
        if (c->has_dots)
            out += "...";
        out += ")";
        break;
    }
    case ExprKind::ArrayType: {
        auto* a = static_cast<const ArrayTypeExpr*>(e);
        out += "[";
        print_expr(out, a->len);
        out += "]";
        print_expr(out, a->elem);
        break;
    }
    case ExprKind::StructType: {
        auto* s = static_cast<const StructTypeExpr*>(e);
        out += "struct{";
        for (size_t i = 0; i < s->fields.size(); i++) {
            if (i)
                out += "; ";
            std::vector<FieldDecl> one = {s->fields[i]};
            print_fields(out, one);
        }
        out += "}";
        break;
    }
    case ExprKind::FuncType: {
        auto* f = static_cast<const FuncTypeExpr*>(e);
        out += "func(";
        print_fields(out, f->params);
        out += ")";
        if (f->results.size() == 1 && f->results[0].names.empty()) {
            out += " ";
            print_expr(out, f->results[0].type);
        } else if (!f->results.empty()) {
            out += " (";
            print_fields(out, f->results);
            out += ")";
        }
        break;
    }
    case ExprKind::InterfaceType: {
        auto* it = static_cast<const InterfaceTypeExpr*>(e);
        out += it->elems.empty() ? "interface{}" : "interface{…}";
        break;
    }
    case ExprKind::MapType: {
        auto* m = static_cast<const MapTypeExpr*>(e);
        out += "map[";
        print_expr(out, m->key);
        out += "]";
        print_expr(out, m->value);
        break;
    }
    case ExprKind::ChanType: {
        auto* c = static_cast<const ChanTypeExpr*>(e);
        out += c->dir == 2 ? "<-chan " : c->dir == 1 ? "chan<- " : "chan ";
        print_expr(out, c->elem);
        break;
    }
    case ExprKind::Ellipsis:
        out += "...";
        print_expr(out, static_cast<const EllipsisExpr*>(e)->elem);
        break;
    default:
        break;
    }
}

// Prints e, with parentheses, unary and binary operators from an explicit stack of what is
// left to print: an expression 10,000 levels deep costs no stack.
void print_expr(std::string& out, const Expr* root) {
    struct Item {
        const Expr* e = nullptr;    // an expression to print, or
        const char* text = nullptr; // text to append
        int repeat = 1;
    };
    std::vector<Item> todo{{root}};
    while (!todo.empty()) {
        Item it = todo.back();
        todo.pop_back();
        if (it.text) {
            for (int i = 0; i < it.repeat; i++)
                out += it.text;
            continue;
        }
        const Expr* e = it.e;
        if (!e)
            continue;
        switch (e->kind) {
        case ExprKind::Paren: {
            auto* p = static_cast<const ParenExpr*>(e);
            for (int i = 0; i < p->count; i++)
                out += "(";
            todo.push_back({nullptr, ")", p->count});
            todo.push_back({p->x});
            break;
        }
        case ExprKind::Star:
            out += "*";
            todo.push_back({static_cast<const StarExpr*>(e)->x});
            break;
        case ExprKind::Unary: {
            auto* u = static_cast<const UnaryExpr*>(e);
            out += token_spelling(u->op);
            todo.push_back({u->x});
            break;
        }
        case ExprKind::Binary: {
            auto* b = static_cast<const BinaryExpr*>(e);
            todo.push_back({b->y});
            todo.push_back({nullptr, " "});
            todo.push_back({nullptr, token_spelling(b->op)});
            todo.push_back({nullptr, " "});
            todo.push_back({b->x});
            break;
        }
        default:
            print_other(out, e);
            break;
        }
    }
}

} // namespace

std::string expr_string(const Expr* e) {
    std::string out;
    print_expr(out, e);
    return out;
}

} // namespace golab
